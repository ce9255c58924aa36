import { spawn } from 'node:child_process';
import { CLI_ERROR, UsageError } from './exit';
import type { Io } from './io';

// What the commands that start a local server (preview, studio) share.

/** Whether a browser may be opened: never in CI, never without a display. */
export function canOpenBrowser(env: Io['env'], platform: NodeJS.Platform = process.platform): boolean {
  if (env.CI === 'true' || env.CI === '1') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Opens an address in the system's browser; with no opener, nothing happens (the address is printed anyway). */
export function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: the URL is printed anyway.
  }
}

/**
 * The value of --port of the commands that start a local server: a whole number from 0 to 65535
 * (0: any free port), or undefined when not given.
 *
 * @example parsePort('0') // 0
 */
export function parsePort(text: string | undefined): number | undefined {
  const port = text === undefined ? undefined : Number(text);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) throw new UsageError(CLI_ERROR.badValue, `--port must be a whole number from 0 to 65535, not "${text}"`);
  return port;
}
