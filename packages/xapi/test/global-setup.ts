import type { TestProject } from 'vitest/node';
import { type RunningLrs, startLearningLocker } from './servers/lrs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Learning Locker's xAPI endpoint for this run, e.g. "http://127.0.0.1:41234/xAPI/". */
    lrsEndpoint: string;
  }
}

let lrs: RunningLrs | undefined;

/** One real LRS (Learning Locker) for the whole run, on a loopback port from the OS. */
export async function setup(project: TestProject): Promise<void> {
  lrs = await startLearningLocker();
  project.provide('lrsEndpoint', lrs.endpoint);
}

export async function teardown(): Promise<void> {
  await lrs?.close();
}
