import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@coursekit/schema';
import { miniCourse } from '@coursekit/test-fixtures';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TOUR = path.join(REPO, 'examples/tour/course.json');
export const RANGER = path.join(REPO, 'examples/integrity-ranger/course.json');
export const PARCEL = path.join(REPO, 'examples/integrity-ranger/parcel-lebaran.course.json');
export const LITERASI = path.join(REPO, 'examples/literasi-gratifikasi/course.json');

/** A small valid course: one module, one page with an image, plus whatever `extra` blocks add. */
export function smallCourse(blocks: unknown[] = [{ type: 'image', src: 'assets/photo.png', alt: 'A photo' }], overrides: Record<string, unknown> = {}) {
  return miniCourse({
    id: 'small-course',
    title: { id: 'Kursus Kecil', en: 'Small Course' },
    pages: [{ id: 'p1', title: { id: 'Halaman', en: 'Page' }, blocks: blocks as Page['blocks'] }],
    mastery: { passingScore: 80 },
    ...overrides,
  });
}

/** A temporary folder with a course file and files; removed by `cleanup`. */
export async function courseDir(course: unknown, files: Record<string, string | Uint8Array> = { 'assets/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }) {
  const base = await mkdtemp(path.join(tmpdir(), 'ck-packager-'));
  const dir = path.join(base, 'course');
  await mkdir(dir, { recursive: true });
  for (const [name, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), data);
  }
  const file = path.join(dir, 'course.json');
  await writeFile(file, JSON.stringify(course, null, 2));
  return { base, dir, file, out: path.join(base, 'out'), cleanup: () => rm(base, { recursive: true, force: true }) };
}

/** A player folder with a one-line bundle per target, for tests of packaging alone. */
export async function fakePlayerDir(base: string): Promise<string> {
  const dir = path.join(base, 'player');
  for (const bundle of ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web']) {
    await mkdir(path.join(dir, bundle), { recursive: true });
    await writeFile(path.join(dir, bundle, 'coursekit.js'), `console.log(${JSON.stringify(bundle)});\n`);
    await writeFile(path.join(dir, bundle, 'coursekit.js.map'), '{}');
  }
  return dir;
}
