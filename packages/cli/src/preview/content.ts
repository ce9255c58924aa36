import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  assetReferences,
  defaultCourseLoader,
  defaultPlayerDir,
  generatedPaths,
  indexHtml,
  loadValidCourse,
  PLAYER_SCRIPT,
  playerEntries,
  resolveAssets,
  TARGETS,
  type CourseLoader,
  type PackageProblem,
  type TargetId,
} from '@coursekit/packager';
import type { ResolvedCourse } from '@coursekit/schema';

/**
 * A file the preview serves: generated text (`body`), or a file on disk (`path`, streamed, so a
 * video of any size is served in ranges without being read into memory). `name` gives the MIME type.
 */
export type ServedFile = { body: Buffer | string; name: string } | { path: string; size: number; name: string };

/** A file on disk to serve, or null when it is not a readable file. */
async function onDisk(file: string): Promise<ServedFile | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? { path: file, size: info.size, name: file } : null;
  } catch {
    return null;
  }
}

/** Where the course frame's files come from: the course itself (live) or an unzipped package. */
export interface PackageSource {
  /** The file at a package path (`index.html`, `player/coursekit.js`, `assets/a.png`), or null. */
  file(target: TargetId, packagePath: string): Promise<ServedFile | null>;
  /** The course, or the problems that keep it from loading. */
  course(): Promise<{ course: ResolvedCourse | null; problems: PackageProblem[] }>;
  /** Forget what was read: the course folder changed. */
  invalidate(): void;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page the course frame shows while the course has errors: every problem, escaped. */
function problemsPage(problems: readonly PackageProblem[], courseFile: string): string {
  const items = problems.map((p) => `<li><code>${escapeHtml(p.code)}</code> ${escapeHtml(path.relative(path.dirname(courseFile), p.file ?? courseFile) || path.basename(courseFile))}${p.line ? `:${p.line}:${p.column ?? 1}` : ''} ${escapeHtml(p.message)}${p.hint ? `<br><small>hint: ${escapeHtml(p.hint)}</small>` : ''}</li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course has errors</title><style>body{font:16px system-ui,sans-serif;margin:2rem;color:#1a202c}li{margin:.75rem 0}code{color:#b91c1c}</style></head><body><h1>The course has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}</h1><p>Fix them and save: this page reloads by itself.</p><ol>${items.join('')}</ol></body></html>`;
}

/**
 * The package a build would write, served from the course folder without zipping: index.html for
 * the target, course.json validated and resolved on each change, the target's player, and only the
 * assets the course references (so the preview fails where the build would).
 *
 * @example
 * const source = liveSource('examples/tour/course.json');
 * await source.file('scorm12', 'course.json');
 */
export function liveSource(courseFile: string, options: { loader?: CourseLoader; playerDir?: string } = {}): PackageSource {
  const file = path.resolve(courseFile);
  let cached: Promise<{ course: ResolvedCourse | null; problems: PackageProblem[]; assets: Map<string, string> }> | null = null;
  const load = () => {
    cached ??= (async () => {
      try {
        const { course, warnings } = await loadValidCourse(file, options.loader ?? defaultCourseLoader);
        const { assets, problems } = await resolveAssets(assetReferences(course), { root: path.dirname(file), courseFile: file, reserved: (p) => p === 'index.html' || p === 'course.json' || p.startsWith('player/') });
        return { course: problems.length ? null : course, problems: [...problems, ...warnings], assets: new Map(assets.map((a) => [a.path, a.source])) };
      } catch (error) {
        // A file that cannot be read is CK920; anything else without problems of its own is a bug (CK999), never filed as the course's.
        const errno = typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
        const problems = (error as { problems?: PackageProblem[] }).problems ?? [{ code: errno ? 'CK920' : 'CK999', severity: 'error' as const, message: (error as Error).message, file }];
        return { course: null, problems, assets: new Map<string, string>() };
      }
    })();
    return cached;
  };
  return {
    invalidate: () => {
      cached = null;
    },
    async course() {
      const { course, problems } = await load();
      return { course, problems };
    },
    async file(target, packagePath) {
      const loaded = await load();
      if (packagePath === 'index.html') {
        if (!loaded.course) return { body: problemsPage(loaded.problems.filter((p) => p.severity === 'error'), file), name: 'index.html' };
        return { body: indexHtml(loaded.course, target, { scripts: [PLAYER_SCRIPT] }), name: 'index.html' };
      }
      if (packagePath === 'course.json') return loaded.course ? { body: JSON.stringify(loaded.course), name: 'course.json' } : null;
      if (packagePath.startsWith('player/')) {
        const entry = (await playerEntries(options.playerDir ?? defaultPlayerDir(), TARGETS[target].player)).find((e) => e.path === packagePath);
        return entry && 'source' in entry ? onDisk(entry.source) : null;
      }
      if (generatedPaths(target).has(packagePath)) return null;
      const source = loaded.assets.get(packagePath);
      return source ? onDisk(source) : null;
    },
  };
}

/**
 * An unzipped package served as it is (for launching built zips): any file inside `dir`, nothing
 * outside it, symlinks included.
 *
 * @example
 * const source = directorySource('/tmp/unzipped-scorm12');
 */
export function directorySource(dir: string): PackageSource {
  const root = path.resolve(dir);
  return {
    invalidate: () => {},
    async course() {
      try {
        return { course: JSON.parse(await readFile(path.join(root, 'course.json'), 'utf8')) as ResolvedCourse, problems: [] };
      } catch (error) {
        return { course: null, problems: [{ code: 'CK920', severity: 'error', message: `cannot read course.json: ${(error as Error).message}` }] };
      }
    },
    async file(_target, packagePath) {
      const candidate = path.join(root, ...packagePath.split('/'));
      try {
        const real = await realpath(candidate);
        const rootReal = await realpath(root);
        if (real !== rootReal && !real.startsWith(rootReal + path.sep)) return null;
        return await onDisk(real);
      } catch {
        return null;
      }
    },
  };
}
