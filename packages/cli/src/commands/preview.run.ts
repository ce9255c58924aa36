import { spawn } from 'node:child_process';
import path from 'node:path';
import { isTargetId, TARGET_IDS, TARGETS, type TargetId } from '@coursekit/packager';
import type { CommandInput } from '../command';
import { readableCourseFile } from '../course-file';
import { CLI_ERROR, EXIT, UsageError } from '../exit';
import { inert } from '../format';
import { colors, type Io } from '../io';
import { liveSource } from '../preview/content';
import { startPreview } from '../preview/server';

/** Whether a browser may be opened: never in CI, never without a display. */
export function canOpenBrowser(env: Io['env'], platform: NodeJS.Platform = process.platform): boolean {
  if (env.CI === 'true' || env.CI === '1') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: the URL is printed anyway.
  }
}

/** What `coursekit preview` does once chosen: loaded only then, so --help and --version load none of it. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const target = (values.target as string | undefined) ?? 'scorm12';
  if (!isTargetId(target)) throw new UsageError(CLI_ERROR.badValue, `unknown target "${target}"`, `use one of: ${TARGET_IDS.join(', ')}`);
  const portText = values.port as string | undefined;
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) throw new UsageError(CLI_ERROR.badValue, `--port must be a whole number from 0 to 65535, not "${portText}"`);
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
