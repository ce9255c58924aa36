import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostics, validate } from '@coursekit/schema';
import { defineCommand } from '../command';
import { CLI_ERROR, EXIT, UsageError } from '../exit';
import { colors } from '../io';

/** `coursekit validate <course.json> [--json]`: every problem, like a compiler. */
export default defineCommand({
  name: 'validate',
  summary: 'Check a course: schema, references, scenario graphs, languages, includes and assets',
  usage: 'coursekit validate <course.json> [--json]',
  description: 'Prints every problem as file:line:column, with a hint on how to fix it. Exits 0 when the course is valid (warnings allowed), 1 when it has errors, 2 when the file cannot be read.',
  options: {
    json: { type: 'boolean', description: 'Print the problems as a JSON array (code, severity, message, file, line, column, pointer, hint)' },
  },
  positionals: { min: 1, max: 1 },
  examples: ['coursekit validate course.json', 'coursekit validate course.json --json | jq ".[].code"'],
  async run({ positionals, values, io }) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const shown = path.relative(io.cwd, file) || file;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(CLI_ERROR.io, `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check the path of the course file');
    }
    const diagnostics = validate(text, { file: shown });
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (values.json) io.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
    else if (diagnostics.length > 0) io.stderr.write(`${formatDiagnostics(diagnostics, { color: colors(io.stderr, io.env).on })}\n`);
    else io.stderr.write(`${shown}: valid\n`);
    return errors > 0 ? EXIT.invalid : EXIT.ok;
  },
});
