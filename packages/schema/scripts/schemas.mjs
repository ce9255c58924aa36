// Copies the course schema and its part schemas into schemas/<format version>/ for publishing, so
// editors and SchemaStore can fetch them at a stable address that names the course format:
//   https://cdn.jsdelivr.net/npm/@coursekit/schema/schemas/1.0/course.schema.json
// A later format (2.0) goes beside it, and the 1.0 address keeps describing 1.0 files.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const format = JSON.parse(readFileSync(join(root, 'course.schema.json'), 'utf8')).properties.schemaVersion.const;
const out = join(root, 'schemas');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, format), { recursive: true });
for (const name of ['course', 'module', 'page', 'scenario']) copyFileSync(join(root, `${name}.schema.json`), join(out, format, `${name}.schema.json`));
