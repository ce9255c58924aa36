import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Io } from '../src/io';
import { main } from '../src/main';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TOUR = path.join(REPO, 'examples/tour/course.json');
export const RANGER = path.join(REPO, 'examples/integrity-ranger/course.json');

/** Runs `coursekit` in-process with captured output. */
export async function run(argv: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.tty ?? false },
    cwd: options.cwd ?? process.cwd(),
    env: { ...(options.env ?? {}) },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A temporary folder, removed by the returned function. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ck-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Cleanups run after each test of the calling file, last added first, and a `temp()` that makes a
 * temporary folder removed by them.
 *
 * @example
 * const { cleanups, temp } = afterEachCleanup();
 * const dir = await temp();
 */
export function afterEachCleanup() {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  const temp = async () => {
    const t = await tempDir();
    cleanups.push(t.cleanup);
    return t.dir;
  };
  return { cleanups, temp };
}

/**
 * Starts a command that runs until Ctrl-C (`preview`, `studio`) in-process, with captured output.
 * `stop()` is Ctrl-C and gives the exit code; it is also pushed to `cleanups`, so the command
 * stops after the test whatever happens.
 *
 * @example const c = startCommand(['studio', 'course', '--no-open'], dir, cleanups); await c.stop();
 */
export function startCommand(argv: string[], cwd: string, cleanups: Array<() => Promise<unknown>>) {
  let interrupt!: () => void;
  const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
  const out = { stdout: '', stderr: '' };
  const io: Io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd, env: {}, untilInterrupted: () => interrupted };
  const exit = main(argv, io);
  let stopped = false;
  const stop = async () => {
    if (!stopped) interrupt();
    stopped = true;
    return exit;
  };
  cleanups.push(stop);
  return { out, stop };
}
