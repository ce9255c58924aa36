/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Resolves when the process is asked to stop (Ctrl-C); long-running commands wait on it. Called only by them, so other commands keep Node's default Ctrl-C. */
  untilInterrupted?: () => Promise<void>;
}

/** The real process's I/O. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    untilInterrupted: () =>
      new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  };
}

/**
 * Colours for a stream: on for a terminal, off with NO_COLOR (no-color.org) or when piped, forced by FORCE_COLOR.
 *
 * @example
 * const c = colors(io.stderr, io.env); io.stderr.write(c.red('error'));
 */
export function colors(stream: { isTTY?: boolean }, env: Io['env']) {
  const on = env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : !env.NO_COLOR && Boolean(stream.isTTY) && env.TERM !== 'dumb';
  const wrap = (open: number, close: number) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { on, red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), cyan: wrap(36, 39) };
}
