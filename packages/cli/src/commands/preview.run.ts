import path from 'node:path';
import { isTargetId, TARGET_IDS, TARGETS, type TargetId } from '@coursekit/packager';
import type { CommandInput } from '../command';
import { readableCourseFile } from '../course-file';
import { CLI_ERROR, EXIT, UsageError } from '../exit';
import { inert } from '../format';
import { colors } from '../io';
import { canOpenBrowser, openBrowser, parsePort } from '../local-server';
import { liveSource } from '../preview/content';
import { startPreview } from '../preview/server';

/** What `coursekit preview` does once chosen: loaded only then, so --help and --version load none of it. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const target = (values.target as string | undefined) ?? 'scorm12';
  if (!isTargetId(target)) throw new UsageError(CLI_ERROR.badValue, `unknown target "${target}"`, `use one of: ${TARGET_IDS.join(', ')}`);
  const port = parsePort(values.port as string | undefined);
  const courseFile = await readableCourseFile(positionals[0]!, io.cwd);

  const source = liveSource(courseFile);
  const preview = await startPreview({ source, target: target as TargetId, ...(port !== undefined ? { port } : {}), watchDir: path.dirname(courseFile) });
  const c = colors(io.stdout, io.env);
  const url = `${preview.url}&target=${target}`;
  const shown = inert(path.relative(io.cwd, courseFile) || courseFile);
  const { problems } = await source.course();
  const errors = problems.filter((p) => p.severity === 'error');
  if (values.json) io.stdout.write(`${JSON.stringify({ url, target, course: shown, problems })}\n`);
  else io.stdout.write(`CourseKit preview of ${shown} (${TARGETS[target as TargetId].label}):\n\n  ${c.bold(c.cyan(url))}\n\nWatching ${inert(path.relative(io.cwd, path.dirname(courseFile)) || '.')} for changes. Press Ctrl-C to stop.\n`);
  if (errors.length && !values.json) io.stderr.write(`${c.yellow('note')} the course has ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}: the preview shows them until they are fixed (coursekit validate ${inert(positionals[0]!)})\n`);
  if (values.open !== false && canOpenBrowser(io.env)) openBrowser(url);
  await (io.untilInterrupted?.() ?? new Promise<void>(() => {}));
  await preview.close();
  return EXIT.ok;
}
