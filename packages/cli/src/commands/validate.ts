import path from 'node:path';
import { formatDiagnostics } from '@coursekit/schema';
import { validateFile } from '@coursekit/schema/node';
import { defineCommand } from '../command';
import { readableCourseFile } from '../course-file';
import { exitCodeForProblems } from '../exit';
import { inert } from '../format';
import { colors } from '../io';

/** `coursekit validate <course.json> [--json]`: every problem, like a compiler. */
export default defineCommand({
  name: 'validate',
  summary: 'Check a course: schema, references, scenario graphs, languages, includes and assets',
  usage: 'coursekit validate <course.json> [--json]',
  description:
    'Follows every $include and checks the files the course names (they exist, stay in the course folder, match in letter case). Prints every problem as file:line:column, with a hint on how to fix it. Exits 0 when the course is valid (warnings allowed), 1 when it has errors, 2 when the file cannot be read.',
  options: {
    json: { type: 'boolean', description: 'Print the problems as a JSON array (code, severity, message, file, line, column, pointer, hint)' },
  },
  positionals: { min: 1, max: 1 },
  examples: ['coursekit validate course.json', 'coursekit validate course.json --json | jq ".[].code"'],
  async run({ positionals, values, io }) {
    const file = await readableCourseFile(positionals[0]!, io.cwd);
    const shown = path.relative(io.cwd, file) || file;
    // Problems name their file (the course or an included part) relative to where the command runs.
    const diagnostics = (await validateFile(file)).map((d) => ({ ...d, file: path.isAbsolute(d.file) ? path.relative(io.cwd, d.file) || d.file : d.file }));
    if (values.json) io.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
    else if (diagnostics.length > 0) io.stderr.write(`${formatDiagnostics(diagnostics, { color: colors(io.stderr, io.env).on })}\n`);
    else io.stderr.write(`${inert(shown)}: valid\n`);
    return exitCodeForProblems(diagnostics);
  },
});
