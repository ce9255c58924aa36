import { progressMessage, type BuildProgress } from '@coursekit/packager';
import type { Io } from './io';

/**
 * A progress bar on stderr for builds, redrawn at most ten times a second; silent when stderr is
 * not a terminal (CI logs, pipes) or when asked to be quiet.
 *
 * @example
 * const bar = progressBar(io, !values.quiet && !values.json);
 * await buildPackage({ …, onProgress: bar.update }); bar.clear();
 */
export function progressBar(io: Io, enabled: boolean) {
  const on = enabled && Boolean(io.stderr.isTTY);
  let last = 0;
  let drawn = false;
  return {
    update(p: BuildProgress): void {
      if (!on) return;
      const now = Date.now();
      if (now - last < 100 && p.phase === 'pack' && p.done < p.total) return;
      last = now;
      const width = 24;
      const ratio = p.phase === 'pack' && p.total > 0 ? p.done / p.total : p.phase === 'done' ? 1 : 0;
      const filled = Math.round(ratio * width);
      const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
      io.stderr.write(`\r\u001b[2K[${bar}] ${String(Math.round(ratio * 100)).padStart(3)}% ${progressMessage(p)}`);
      drawn = true;
    },
    clear(): void {
      if (drawn) io.stderr.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
