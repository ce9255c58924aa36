import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandInput } from '../command';
import { CLI_ERROR, EXIT, UsageError } from '../exit';
import { inert } from '../format';
import { colors } from '../io';
import { SCHEMA_ID, STARTER_ASSETS, STARTER_README, starterCourse } from '../init/template';

/**
 * A course id from a folder name: lowercase letters, digits and `-`.
 *
 * @example
 * courseIdFrom('Pelatihan Gratifikasi 2026'); // 'pelatihan-gratifikasi-2026'
 */
export function courseIdFrom(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'kursus-saya';
}

/**
 * The `$schema` a new course gets: the path from its folder to the course schema installed with
 * this command (@coursekit/schema's course.schema.json), so editors give autocompletion and hover
 * documentation at once, offline. The schema's URL id is the fallback when it cannot be found.
 *
 * @example
 * schemaReference('/home/ana/kursus/etika'); // '../../node_modules/@coursekit/schema/course.schema.json'
 */
export function schemaReference(dir: string): string {
  try {
    const file = createRequire(import.meta.url).resolve('@coursekit/schema/course.schema.json');
    const relative = path.relative(dir, file).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  } catch {
    return SCHEMA_ID;
  }
}

/** What `coursekit init` does once chosen: loaded only then, so --help and --version load none of it. */
export async function run({ positionals, values, io }: CommandInput): Promise<number> {
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  const id = (values.id as string | undefined) ?? courseIdFrom(path.basename(dir));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError(CLI_ERROR.badValue, `"${id}" is not a course id`, 'use lowercase letters, digits and "-", starting with a letter or digit');
  const courseFile = path.join(dir, 'course.json');
  if (existsSync(courseFile) && !values.force) throw new UsageError(CLI_ERROR.initExists, `${path.relative(io.cwd, courseFile) || courseFile} already exists`, 'choose another folder, or pass --force to overwrite it');
  const files: Record<string, string> = {
    'course.json': `${JSON.stringify({ ...starterCourse(id), $schema: schemaReference(dir) }, null, 2)}\n`,
    'README.md': STARTER_README,
    ...STARTER_ASSETS,
  };
  try {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
  } catch (error) {
    throw new UsageError(CLI_ERROR.io, `cannot write into ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const c = colors(io.stdout, io.env);
  const shown = path.relative(io.cwd, courseFile) || courseFile;
  if (values.json) {
    const created = Object.keys(files).map((name) => path.relative(io.cwd, path.join(dir, name)) || name);
    io.stdout.write(`${JSON.stringify({ course: shown, id, files: created }, null, 2)}\n`);
    return EXIT.ok;
  }
  const printed = inert(shown);
  io.stdout.write(
    `${c.green('created')} ${printed} (course "${inert(id)}") with ${Object.keys(files).length - 1} more files\n\n` +
      `Next:\n  coursekit preview ${printed}\n  coursekit build ${printed} --target scorm2004-4\n`,
  );
  return EXIT.ok;
}
