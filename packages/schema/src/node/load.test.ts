import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeFor, validate } from '../validate/validate';
import { loadCourse, validateFile } from './load';
import { courseHeader } from '../../test/fixtures/header';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a course folder (path → JSON value or raw text) into a fresh temporary folder. */
function folder(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'coursekit-load-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'course', path)), { recursive: true });
    writeFileSync(join(root, 'course', path), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  }
  return join(root, 'course');
}

const page = (id: string, blocks: unknown[] = [{ type: 'text', markdown: 'Halo' }]) => ({ id, title: 'Halaman', blocks });
const course = (extra: Record<string, unknown> = {}) => ({
  ...courseHeader(),
  modules: [{ $include: 'modules/01-basics.json' }],
  ...extra,
});
const scenario = { id: 'parcel', title: 'Parsel', start: 'a', nodes: [{ type: 'narration', id: 'a', text: 'x', next: 'end' }, { type: 'ending', id: 'end', outcome: 'success', title: 'Selesai', debrief: 'Baik', score: 100 }] };

describe('loadCourse', () => {
  it('resolves modules, pages and scenarios kept in other files, each relative to the file that includes it', async () => {
    const dir = folder({
      'course.json': course({ scenarios: [{ $include: 'scenarios/parcel.json' }] }),
      'modules/01-basics.json': { id: 'basics', title: 'Dasar', pages: [{ $include: 'pages/welcome.json' }] },
      'modules/pages/welcome.json': { $schema: '../../../course.schema.json', ...page('welcome', [{ type: 'scenario', scenario: 'parcel' }]) },
      'scenarios/parcel.json': scenario,
    });
    const loaded = await loadCourse(join(dir, 'course.json'));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.course?.modules[0]?.pages[0]).toEqual(page('welcome', [{ type: 'scenario', scenario: 'parcel' }]));
    expect(loaded.course?.scenarios?.[0]?.id).toBe('parcel');
    expect(loaded.files.map((f) => f.slice(dir.length + 1))).toEqual(['course.json', 'modules/01-basics.json', 'scenarios/parcel.json', 'modules/pages/welcome.json']);
  });

  it('locates a problem in an included file by that file, line and pointer', async () => {
    const dir = folder({
      'course.json': course(),
      'modules/01-basics.json': '{\n  "id": "basics",\n  "title": "Dasar",\n  "pages": [\n    { "id": "p1", "title": "P", "blocks": [{ "type": "txt" }] }\n  ]\n}\n',
    });
    const diagnostics = await validateFile(join(dir, 'course.json'));
    expect(diagnostics).toEqual([
      { code: 'CK014', severity: 'error', message: 'unknown block type "txt"', file: join(dir, 'modules/01-basics.json'), line: 5, column: 54, pointer: '/pages/0/blocks/0/type', hint: 'did you mean "text"?' },
    ]);
  });

  it('takes the texts it is given instead of the files on disk (an editor\'s unsaved files), with their lines', async () => {
    const dir = folder({ 'course.json': course(), 'modules/01-basics.json': { id: 'basics', title: 'Dasar', pages: [page('p1')] } });
    const unsaved = '{\n  "id": "basics",\n  "title": "Dasar",\n  "pages": [\n    { "id": "p1", "title": "P", "blocks": [{ "type": "txt" }] }\n  ]\n}\n';
    const { diagnostics } = await loadCourse(join(dir, 'course.json'), { texts: new Map([[join(dir, 'modules/01-basics.json'), unsaved]]) });
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.pointer])).toEqual([['CK014', join(dir, 'modules/01-basics.json'), 5, 54, '/pages/0/blocks/0/type']]);
    expect((await loadCourse(join(dir, 'course.json'))).diagnostics).toEqual([]);
  });

  it('includes a file that exists only among the texts it is given (a new, unsaved file)', async () => {
    const dir = folder({ 'course.json': course(), 'modules/01-basics.json': { id: 'basics', title: 'Dasar', pages: [page('p1'), { $include: '../pages/new.json' }] } });
    expect((await loadCourse(join(dir, 'course.json'))).diagnostics.map((d) => d.code)).toEqual(['CK500']);
    const loaded = await loadCourse(join(dir, 'course.json'), { texts: new Map([[join(dir, 'pages/new.json'), JSON.stringify(page('p2'))]]) });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.course?.modules[0]).toMatchObject({ pages: [{ id: 'p1' }, { id: 'p2' }] });
  });

  it('names included files relative to the course path it was given', async () => {
    const dir = folder({ 'course.json': course(), 'modules/01-basics.json': '{ "id": "basics", "title": "Dasar", "pages": [] }' });
    const cwd = process.cwd();
    process.chdir(dirname(dir));
    try {
      const [d] = await validateFile('course/course.json');
      expect([d?.file, d?.code, d?.pointer]).toEqual(['course/modules/01-basics.json', 'CK017', '/pages']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reports syntax errors and duplicate keys of an included file in that file', async () => {
    const dir = folder({ 'course.json': course(), 'modules/01-basics.json': '{ "id": "basics", "id": "b", "title": "Dasar", "pages": [] ' });
    const diagnostics = await validateFile(join(dir, 'course.json'));
    expect(diagnostics.map((d) => [d.code, d.file.slice(dir.length + 1), d.line, d.column])).toEqual([
      ['CK003', 'modules/01-basics.json', 1, 19],
      ['CK002', 'modules/01-basics.json', 1, 60],
    ]);
  });

  it('reports a missing include with the nearest file', async () => {
    const dir = folder({ 'course.json': course({ modules: [{ $include: 'modules/01-basic.json' }] }), 'modules/01-basics.json': { id: 'm', title: 'M', pages: [page('p')] } });
    const [d] = await validateFile(join(dir, 'course.json'));
    expect([d?.code, d?.pointer, d?.line, d?.hint]).toEqual(['CK500', '/modules/0/$include', 12, 'did you mean "modules/01-basics.json"?']);
  });

  it('refuses an include that leaves the course folder, by path or by link', async () => {
    const dir = folder({ 'course.json': course({ modules: [{ $include: '../shared/m.json' }, { $include: 'modules/link.json' }] }), '../shared/m.json': { id: 'm', title: 'M', pages: [page('p')] } });
    mkdirSync(join(dir, 'modules'));
    symlinkSync(join(dir, '../shared/m.json'), join(dir, 'modules/link.json'));
    const diagnostics = await validateFile(join(dir, 'course.json'));
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['CK501', '/modules/0/$include'],
      ['CK501', '/modules/1/$include'],
    ]);
    expect(diagnostics[0]?.message).toBe('the include "../shared/m.json" leads out of the course folder');
  });

  it('reports an include cycle with its path', async () => {
    const dir = folder({ 'course.json': course(), 'modules/01-basics.json': { id: 'm', title: 'M', pages: [{ $include: '01-basics.json' }] } });
    const diagnostics = await validateFile(join(dir, 'course.json'));
    expect(diagnostics.map((d) => [d.code, d.file.slice(dir.length + 1), d.pointer])).toEqual([['CK502', 'modules/01-basics.json', '/pages/0/$include']]);
    expect(diagnostics[0]?.message).toMatch(/forms a cycle: .*01-basics\.json → .*01-basics\.json$/);
  });

  it('says how to fix every include problem, at a line and column of the file that has it', async () => {
    const escape = folder({ 'course.json': course({ modules: [{ $include: '../shared/m.json' }] }), '../shared/m.json': { id: 'm', title: 'M', pages: [page('p')] } });
    const cycle = folder({ 'course.json': course(), 'modules/01-basics.json': { id: 'm', title: 'M', pages: [{ $include: '01-basics.json' }] } });
    const missing = folder({ 'course.json': course({ modules: [{ $include: 'modules/none.json' }] }) });
    const broken = folder({ 'course.json': course(), 'modules/01-basics.json': '{ "id": "basics", "id": "b", "title": "Dasar", "pages": [] ' });
    const diagnostics = [];
    for (const dir of [escape, cycle, missing, broken]) diagnostics.push(...(await validateFile(join(dir, 'course.json'))));
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['CK002', 'CK003', 'CK500', 'CK501', 'CK502']);
    for (const d of diagnostics) {
      expect(d.line, d.code).toBeGreaterThanOrEqual(1);
      expect(d.column, d.code).toBeGreaterThanOrEqual(1);
      expect(d.file, d.code).toMatch(/\.json$/);
      expect(d.hint ?? '', `${d.code} ${d.message}`).toMatch(/\S/);
    }
  });

  it('checks that assets exist, stay inside the folder and match the letter case of the file', async () => {
    const image = (src: string) => ({ type: 'image', src, alt: 'x' });
    const dir = folder({
      'course.json': course({ modules: [{ id: 'm', title: 'M', pages: [page('p', [image('assets/parcel.webp'), image('assets/parsel.webp'), image('../secret.png'), image('assets/Parcel.webp'), image('assets/link.png'), image('assets/twin.png'), image('assets/../../nowhere/missing.png')])] }] }),
      'assets/parcel.webp': 'x',
      'assets/twin.png': 'x',
      'assets/TWIN.png': 'x',
      '../secret.png': 'x',
    });
    symlinkSync(join(dir, '../secret.png'), join(dir, 'assets/link.png'));
    const diagnostics = await validateFile(join(dir, 'course.json'));
    expect(diagnostics.map((d) => [d.code, d.pointer, d.hint])).toEqual([
      ['CK510', '/modules/0/pages/0/blocks/1/src', 'did you mean "assets/parcel.webp"?'],
      ['CK511', '/modules/0/pages/0/blocks/2/src', 'copy the file into the course folder; a package carries only that folder'],
      ['CK512', '/modules/0/pages/0/blocks/3/src', 'write "assets/parcel.webp"'],
      ['CK511', '/modules/0/pages/0/blocks/4/src', 'copy the file into the course folder; a package carries only that folder'],
      ['CK513', '/modules/0/pages/0/blocks/5/src', 'rename one of them'],
      // Leading out is the problem, even when nothing is there.
      ['CK511', '/modules/0/pages/0/blocks/6/src', 'copy the file into the course folder; a package carries only that folder'],
    ]);
  });

  it('gives no course when there are errors, and exit code 2 when the course file cannot be read', async () => {
    const missing = await loadCourse(join(tmpdir(), 'no-such-folder-4f7k', 'course.json'));
    expect(missing.course).toBeNull();
    expect(missing.diagnostics.map((d) => [d.code, d.message])).toEqual([['CK001', 'cannot read the course file: no such file']]);
    expect(exitCodeFor(missing.diagnostics)).toBe(2);
  });
});

describe('validate() on a course file alone', () => {
  it('does not report scenarios that live in not-yet-included files as missing', () => {
    const text = JSON.stringify(course({ modules: [{ id: 'm', title: 'M', pages: [page('p', [{ type: 'scenario', scenario: 'parcel' }])] }], scenarios: [{ $include: 'scenarios/parcel.json' }] }));
    expect(validate(text)).toEqual([]);
  });
});
