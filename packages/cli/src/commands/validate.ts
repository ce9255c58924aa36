import { defineCommand, runFrom } from '../command';
import { IMAGE_BUDGET_OPTION } from './image-budget';

/** `coursekit validate <course.json> [--json]`: every problem, like a compiler. */
export default defineCommand({
  name: 'validate',
  summary: 'Check a course: schema, references, scenario graphs, languages, includes and assets',
  usage: 'coursekit validate <course.json> [--json] [--image-budget <KB>]',
  description:
    'Follows every $include and checks the files the course names (they exist, stay in the course folder, match in letter case). Warns (CK740) about each image over the image budget, as coursekit build does. Prints every problem as file:line:column, with a hint on how to fix it. Exits 0 when the course is valid (warnings allowed), 1 when it has errors, 2 when the file cannot be read.',
  options: {
    json: { type: 'boolean', description: 'Print the problems as a JSON array (code, severity, message, file, line, column, pointer, hint)' },
    'image-budget': IMAGE_BUDGET_OPTION,
  },
  positionals: { min: 1, max: 1 },
  examples: ['coursekit validate course.json', 'coursekit validate course.json --json | jq ".[].code"'],
  run: runFrom(() => import('./validate.run')),
});
