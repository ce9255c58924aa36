import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textTooDeep, valueTooDeep } from '../validate/depth';
import { validate } from '../validate/validate';
import { loadCourse } from './load';
import { courseHeader } from '../../test/fixtures/header';

// Course files as an attacker or an accident writes them: nesting that would exhaust a recursive
// parser's stack, bytes that are not UTF-8, numbers past what JSON readers hold, folders and pipes
// where files belong. Each is a CK error with its place, never a crash or a silent change.

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'coursekit-hostile-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'course', path)), { recursive: true });
    writeFileSync(join(root, 'course', path), content);
  }
  return join(root, 'course');
}

const course = (extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      ...courseHeader(),
      modules: [{ id: 'm', title: 'M', pages: [{ id: 'p', title: 'P', blocks: [{ type: 'image', src: 'assets/a.svg', alt: 'A' }] }] }],
      ...extra,
    },
    null,
    2,
  );
const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';

describe('nesting depth', () => {
  it('stops 10,000-deep lists at the 101st level, with its line, column and pointer', () => {
    const text = `{\n  "modules": ${'['.repeat(10_000)}${']'.repeat(10_000)}\n}`;
    expect(validate(text, { file: 'course.json' })).toEqual([
      {
        code: 'CK007',
        severity: 'error',
        message: 'objects and lists nest more than 100 levels deep here; a course needs about a dozen',
        file: 'course.json',
        line: 2,
        column: 14 + 99,
        pointer: `/modules${'/0'.repeat(99)}`,
        hint: 'look for brackets opened by mistake (a generator or a merge gone wrong), or move a deep part into a file of its own with "$include"',
      },
    ]);
  });

  it('stops 10,000-deep objects too, naming the keys on the way', () => {
    const text = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const [d] = validate(text);
    expect([d?.code, d?.line, d?.column, d?.pointer]).toEqual(['CK007', 1, 5 * 100 + 1, '/a'.repeat(100)]);
  });

  it('does not count brackets inside strings, and follows keys with escapes', () => {
    expect(textTooDeep('{"x[{": "[[[[", "a\\"b": [[1]]}', 2)).toEqual({ offset: 25, pointer: '/a"b/0' });
    expect(textTooDeep('[[1], [2]]', 2)).toBeNull();
  });

  it('checks a course given as a value without walking it recursively', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(validate({ modules: deep }).map((d) => [d.code, d.pointer])).toEqual([['CK007', `/modules${'/0'.repeat(99)}`]]);
    expect(valueTooDeep({ a: [[1]] }, 2)).toBe('/a/0');
  });

  it('counts the depth of included parts inside the course', async () => {
    // Each file is within the limit; together they are not.
    const dir = folder({
      'course.json': course({ modules: [{ $include: 'm.json' }] }),
      'm.json': `{"id": "m", "title": "M", "pages": [], "x": ${'['.repeat(99)}${']'.repeat(99)}}`,
      'assets/a.svg': svg,
    });
    const { course: loaded, diagnostics } = await loadCourse(join(dir, 'course.json'));
    expect(loaded).toBeNull();
    // Course, modules and the module make 3 levels; the 98th list inside "x" is the 101st.
    expect(diagnostics.map((d) => [d.code, d.file, d.pointer])).toEqual([['CK007', join(dir, 'm.json'), `/x${'/0'.repeat(97)}`]]);
  });
});

describe('text encoding', () => {
  it('refuses bytes that are not UTF-8 with their line and column, instead of U+FFFD', async () => {
    const text = course({ title: 'Gratifikasi XXX' });
    const at = Buffer.from(text).indexOf('XXX');
    const bytes = Buffer.concat([Buffer.from(text).subarray(0, at), Buffer.from([0xc3, 0x28]), Buffer.from(text).subarray(at + 2)]);
    const dir = folder({ 'course.json': bytes, 'assets/a.svg': svg });
    const { course: loaded, diagnostics } = await loadCourse(join(dir, 'course.json'));
    expect(loaded).toBeNull();
    const line = text.slice(0, at).split('\n').length;
    expect(diagnostics).toEqual([
      {
        code: 'CK008',
        severity: 'error',
        message: 'the file is not UTF-8: byte 0xc3 here does not begin or continue a UTF-8 character',
        file: join(dir, 'course.json'),
        line,
        column: at - text.lastIndexOf('\n', at),
        pointer: '',
        hint: 'save the file as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8"), or retype the character shown at this place',
      },
    ]);
  });

  it('names an included file that is UTF-16, and keeps real U+FFFD and other valid text', async () => {
    const dir = folder({
      'course.json': course({ title: 'Tanda \uFFFD dan 😀', modules: [{ $include: 'm.json' }] }),
      'm.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"m"}', 'utf16le')]),
      'assets/a.svg': svg,
    });
    const { diagnostics } = await loadCourse(join(dir, 'course.json'));
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.hint])).toEqual([['CK008', join(dir, 'm.json'), 1, 1, 'the file is saved as UTF-16: save it as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")']]);
  });

  it('refuses overlong encodings and encoded surrogates, which decoders would turn into other characters', async () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const dir = folder({ 'course.json': Buffer.concat([Buffer.from('{"id": "'), Buffer.from(bad), Buffer.from('"}')]) });
      const { diagnostics } = await loadCourse(join(dir, 'course.json'));
      expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CK008', 1, 9]]);
    }
  });
});

describe('numbers', () => {
  it('says 1e400 is too large a number, not "a number (null)"', () => {
    const text = course({ mastery: { passingScore: 1e400 } }).replace('"passingScore": null', '"passingScore": 1e400');
    const found = validate(text).filter((d) => d.pointer === '/mastery/passingScore');
    expect(found.map((d) => [d.code, d.message])).toEqual([['CK016', '"passingScore" is too large a number: it reads as Infinity, which a package cannot hold']]);
  });
});

describe('files that are not regular files', () => {
  it('an include that names a folder says so, rather than "does not exist"', async () => {
    const dir = folder({ 'course.json': course({ modules: [{ $include: 'modules.json' }] }), 'modules.json/01.json': '{}', 'assets/a.svg': svg });
    const { diagnostics } = await loadCourse(join(dir, 'course.json'));
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['CK514', 'the include "modules.json" is a folder, not a JSON file']]);
  });

  it('a course file that is a folder is CK001, not an errno message', async () => {
    const dir = folder({ 'course.json/x': '' });
    const { diagnostics } = await loadCourse(join(dir, 'course.json'));
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['CK001', 'cannot read the course file: it is a folder']]);
  });

  it('an asset that is a folder or a named pipe is an error in validation, as in a build', async () => {
    const dir = folder({ 'course.json': course(), 'assets/a.svg/inside.svg': svg });
    expect((await loadCourse(join(dir, 'course.json'))).diagnostics.map((d) => [d.code, d.message])).toEqual([['CK515', '"assets/a.svg" is a folder, not a file a package can hold']]);
    const pipe = folder({ 'course.json': course() });
    mkdirSync(join(pipe, 'assets'));
    execFileSync('mkfifo', [join(pipe, 'assets/a.svg')]);
    expect((await loadCourse(join(pipe, 'course.json'))).diagnostics.map((d) => [d.code, d.message])).toEqual([['CK515', '"assets/a.svg" is not a regular file (a device, a pipe or a socket), not a file a package can hold']]);
  });

  it('an asset with the name of a file a package writes is an error in validation, as in a build', async () => {
    for (const name of ['course.json', 'index.html', './imsmanifest.xml', 'player/coursekit.js']) {
      const dir = folder({ 'course.json': course().replace('"assets/a.svg"', JSON.stringify(name)), 'index.html': '', 'imsmanifest.xml': '', 'player/coursekit.js': '' });
      expect((await loadCourse(join(dir, 'course.json'))).diagnostics.map((d) => [d.code, d.message]), name).toEqual([['CK517', `"${name}" has the name of a file a package writes itself (index.html, course.json, the manifests, sw.js, player/)`]]);
    }
  });

  it('an asset that cannot be read is an error in validation, as in a build', async () => {
    const dir = folder({ 'course.json': course(), 'assets/a.svg': svg });
    chmodSync(dirname(dir), 0o755);
    chmodSync(join(dir, 'assets/a.svg'), 0o000);
    // root reads any file: check as an ordinary user, as most authors are.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) process.seteuid!(65534);
    try {
      expect((await loadCourse(join(dir, 'course.json'))).diagnostics.map((d) => [d.code, d.message])).toEqual([['CK516', '"assets/a.svg" cannot be read (EACCES)']]);
    } finally {
      if (asRoot) process.seteuid!(0);
    }
  });
});
