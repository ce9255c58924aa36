import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A free loopback port from the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A running Learning Locker statements service. */
export interface RunningLrs {
  /** The xAPI endpoint, e.g. "http://127.0.0.1:41234/xAPI/". */
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts Learning Locker's statements service (@learninglocker/xapi-statements, GPL-3.0, a dev
 * dependency only) as a child process on a loopback port from the OS, with in-memory models and
 * storage and its test auth (any credentials). It logs Mongo connection errors at start: harmless,
 * the memory repositories do not use Mongo.
 */
export async function startLearningLocker(): Promise<RunningLrs> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@learninglocker/xapi-statements/package.json'));
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), 'ck-lrs-'));
  const child: ChildProcess = fork(join(root, 'dist/server.js'), [], {
    cwd,
    silent: true,
    env: {
      ...process.env,
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      EXPRESS_PORT: String(port),
      // Statements are stored before the response, so a GET right after a POST finds them.
      SERVICE_AWAIT_UPDATES: 'true',
      WINSTON_CONSOLE_LEVEL: 'error',
      EXPRESS_MORGAN_DIRECTORY: cwd,
    },
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()).length > 20_000 && (log = log.slice(-10_000)));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()).length > 20_000 && (log = log.slice(-10_000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Learning Locker did not start within 30 s:\n${log}`)), 30_000);
    child.on('message', (m) => {
      if (m === 'ready') {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Learning Locker exited with ${code}:\n${log}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(cwd, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
