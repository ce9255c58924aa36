import { defineCommand, runFrom } from '../command';

/** `coursekit init [dir]`: a starter course that validates and builds as it is. */
export default defineCommand({
  name: 'init',
  summary: 'Create a starter course (Indonesian and English) that validates and builds as it is',
  usage: 'coursekit init [dir] [--id <course-id>] [--force] [--json]',
  description: 'Writes course.json, assets/ and a README into dir (default: the current folder). It refuses to overwrite an existing course.json unless --force is given.',
  options: {
    id: { type: 'string', valueName: 'course-id', description: 'The course id (default: from the folder name)' },
    force: { type: 'boolean', short: 'f', description: 'Overwrite an existing course.json and starter files' },
    json: { type: 'boolean', description: 'Print what was created as JSON on stdout: { course, id, files }' },
  },
  positionals: { min: 0, max: 1 },
  examples: ['coursekit init pelatihan-gratifikasi', 'coursekit init . --id etika-asn'],
  run: runFrom(() => import('./init.run')),
});
