import path from 'node:path';
import { buildPackage, builtDetails, packageFileName, progressMessage, type BuildProgress, type PackageProblem, type TargetId } from '@coursekit/packager';

/** One line of the build stream. */
export type BuildEvent = { type: 'progress'; message: string } | { type: 'done'; outputs: string[] } | { type: 'error'; diagnostics: PackageProblem[] };

/**
 * Builds the course in `root` for each target, as `coursekit build course.json --target <t>` run in
 * that folder does (the same packager, the same messages): each package goes to
 * `dist/<id>-<version>-<target>.zip`. Tells `emit` where it is; the last event is `done` with the
 * packages' paths (relative to the folder) or `error` with the problems (files relative too).
 *
 * @example await buildCourse('/courses/ir', 'course.json', ['scorm12'], (e) => res.write(JSON.stringify(e) + '\n'))
 */
export async function buildCourse(root: string, entry: string, targets: readonly TargetId[], emit: (event: BuildEvent) => void): Promise<void> {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const outputs: string[] = [];
  for (const target of targets) {
    let last = '';
    const onProgress = (p: BuildProgress) => {
      // The packing phase reports every chunk; each tenth of the way is enough for a person.
      const step = `${p.phase} ${p.phase === 'pack' && p.total > 0 ? Math.floor((p.done / p.total) * 10) : ''}`;
      if (step === last) return;
      last = step;
      emit({ type: 'progress', message: progressMessage(p) });
    };
    try {
      const result = await buildPackage({ course: path.join(root, entry), target, out: (c) => path.join(root, 'dist', packageFileName(c.id, c.version, target)), onProgress });
      outputs.push(relative(result.out));
      emit({ type: 'progress', message: `built ${relative(result.out)} ${builtDetails(result)}` });
    } catch (error) {
      const problems = (error as { problems?: PackageProblem[] }).problems ?? [{ code: (error as { code?: string }).code ?? 'CK999', severity: 'error', message: (error as Error).message }];
      return emit({ type: 'error', diagnostics: problems.map((p) => (p.file === undefined ? p : { ...p, file: path.isAbsolute(p.file) ? relative(p.file) : p.file })) });
    }
  }
  emit({ type: 'done', outputs });
}
