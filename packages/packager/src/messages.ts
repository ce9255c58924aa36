import type { BuildProgress, BuildResult } from './build';
import { TARGETS, type TargetId } from './targets';

/**
 * A size as people read it: `812 B`, `4.2 kB`, `37 MB` (1 kB = 1024 B).
 *
 * @example formatBytes(1536) // '1.5 kB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

const PHASES = { load: 'reading the course', check: 'checking assets and limits', pack: 'packing', done: 'done' } as const;

/**
 * Where a build is, in words, as `coursekit build` and Studio show it.
 *
 * @example progressMessage({ target: 'scorm12', phase: 'pack', done: 1536, total: 4096 }) // 'scorm12 packing 1.5 kB / 4.0 kB'
 */
export function progressMessage(p: BuildProgress): string {
  const detail = p.phase === 'pack' ? ` ${formatBytes(p.done)} / ${formatBytes(p.total)}` : '';
  return `${p.target} ${PHASES[p.phase]}${detail}`;
}

/**
 * What a finished package is, after its path in "built <path> (…)".
 *
 * @example builtDetails(result) // '(SCORM 1.2, 1.2 MB, 57 files, saved state at most 2,310 of 4,096 characters)'
 */
export function builtDetails(r: BuildResult): string {
  const suspend = r.suspendData ? `, saved state at most ${r.suspendData.size.toLocaleString('en-US')} of ${r.suspendData.limit.toLocaleString('en-US')} characters` : '';
  return `(${TARGETS[r.target].label}, ${formatBytes(r.bytes)}, ${r.files.length} files${suspend})`;
}

/**
 * The file name `coursekit build` (and Studio) gives a package when told no other.
 *
 * @example packageFileName('integrity-ranger', '1.0.0', 'scorm12') // 'integrity-ranger-1.0.0-scorm12.zip'
 */
export function packageFileName(id: string, version: string, target: TargetId): string {
  return `${id}-${version}-${target}.zip`;
}
