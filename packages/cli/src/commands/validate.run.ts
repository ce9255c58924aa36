import path from 'node:path';
import { formatDiagnostics } from '@coursekit/schema';
import { validateFile } from '@coursekit/schema/node';
import type { CommandInput } from '../command';
import { readableCourseFile } from '../course-file';
import { exitCodeForProblems } from '../exit';
import { inert } from '../format';
import { colors } from '../io';

/** What `coursekit validate` does once chosen: loaded only then, so --help and --version load none of it. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const file = await readableCourseFile(positionals[0]!, io.cwd);
  const shown = path.relative(io.cwd, file) || file;
  // Problems name their file (the course or an included part) relative to where the command runs.
  const diagnostics = (await validateFile(file)).map((d) => ({ ...d, file: path.isAbsolute(d.file) ? path.relative(io.cwd, d.file) || d.file : d.file }));
  if (values.json) io.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
  else if (diagnostics.length > 0) io.stderr.write(`${formatDiagnostics(diagnostics, { color: colors(io.stderr, io.env).on })}\n`);
  else io.stderr.write(`${inert(shown)}: valid\n`);
  return exitCodeForProblems(diagnostics);
}
