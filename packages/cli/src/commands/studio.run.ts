import path from 'node:path';
import { startStudio, StudioStartError } from '@coursekit/studio';
import type { CommandInput } from '../command';
import { CLI_ERROR, EXIT, UsageError } from '../exit';
import { inert } from '../format';
import { colors } from '../io';
import { canOpenBrowser, openBrowser, parsePort } from '../local-server';

/** What `coursekit studio` does once chosen: loaded only then, so --help and --version load none of Studio. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const port = parsePort(values.port as string | undefined);
  const folder = path.resolve(io.cwd, positionals[0] ?? '.');
  let studio;
  try {
    // Without --port, the course's own port: the same address each run, where the browser keeps its drafts.
    studio = await startStudio({ folder, port: port ?? 'course' });
  } catch (error) {
    if (error instanceof StudioStartError) throw new UsageError(error.code, error.message, error.hint);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(CLI_ERROR.io, `port ${port} is taken`, 'choose another with --port, or --port 0 for any free port');
    throw error;
  }
  const c = colors(io.stdout, io.env);
  const shown = inert(path.relative(io.cwd, folder) || '.');
  io.stdout.write(`CourseKit Studio for ${shown}:\n\n  ${c.bold(c.cyan(studio.url))}\n\nOpen the address as printed: it carries this run's token. Press Ctrl-C to stop.\n`);
  if (values.open !== false && canOpenBrowser(io.env)) openBrowser(studio.url);
  await (io.untilInterrupted?.() ?? new Promise<void>(() => {}));
  await studio.close();
  return EXIT.ok;
}
