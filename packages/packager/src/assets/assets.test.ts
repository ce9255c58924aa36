import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '@coursekit/schema/node';
import { afterEach, describe, expect, it } from 'vitest';
import { courseDir } from '../../test/fixtures';
import { assetReferences } from './references';
import { packagePath, resolveAssets } from './resolve';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function check(refs: string[], files: Record<string, string> = {}) {
  const blocks = refs.map((src) => ({ type: 'image', src, alt: 'x' }));
  const course = { modules: [{ pages: [{ blocks }] }] };
  const c = await courseDir(course, files);
  cleanups.push(c.cleanup);
  const result = await resolveAssets(assetReferences(course), { root: c.dir, courseFile: c.file, reserved: (p) => p === 'index.html' || p.startsWith('player/') });
  return { ...result, c };
}

describe('assetReferences', () => {
  it('finds every src and poster with its JSON pointer, in document order', () => {
    const course = {
      characters: [{ id: 'budi', avatar: { src: 'assets/budi.svg', alt: 'Budi' } }],
      modules: [{ pages: [{ blocks: [{ type: 'video', src: 'v.mp4', poster: 'p.jpg', captions: [{ src: 'v.id.vtt', lang: 'id' }] }] }] }],
      certificate: { logo: { src: 'logo/a~b.svg', alt: '' } },
      'a/b': { src: 'weird.png' },
    };
    expect(assetReferences(course)).toEqual([
      { path: 'assets/budi.svg', pointer: '/characters/0/avatar/src' },
      { path: 'v.mp4', pointer: '/modules/0/pages/0/blocks/0/src' },
      { path: 'p.jpg', pointer: '/modules/0/pages/0/blocks/0/poster' },
      { path: 'v.id.vtt', pointer: '/modules/0/pages/0/blocks/0/captions/0/src' },
      { path: 'logo/a~b.svg', pointer: '/certificate/logo/src' },
      { path: 'weird.png', pointer: '/a~1b/src' },
    ]);
  });
});

describe('loadCourse\'s assets', () => {
  // coursekit validate gives the image budget check this list instead of letting it walk the course again.
  it.each(['integrity-ranger', 'tour'])('are the references assetReferences finds in the %s example, in the same order', async (name) => {
    const file = fileURLToPath(new URL(`../../../../examples/${name}/course.json`, import.meta.url));
    const loaded = await loadCourse(file);
    expect(loaded.course).not.toBeNull();
    const references = assetReferences(loaded.course);
    expect(references.length).toBeGreaterThan(name === 'tour' ? 3 : 20);
    expect(loaded.assets).toEqual(references);
  });
});

describe('packagePath', () => {
  it.each([
    ['./assets/../assets/a.png', 'assets/a.png'],
    ['assets//a.png', 'assets/a.png'],
    ['a b/ü #1.png', 'a b/ü #1.png'],
    ['assets/./a.png', 'assets/a.png'],
    ['assets/..a.png', 'assets/..a.png'],
  ])('normalises %s to %s', (input, expected) => {
    expect(packagePath(input)).toEqual({ ok: true, path: expected });
  });
  it.each([
    ['../secret.txt', 'it goes up out of the course folder'],
    ['assets/../../secret.txt', 'it goes up out of the course folder'],
    ['/etc/passwd', 'it is an absolute path'],
    ['C:/Windows/win.ini', 'it starts with a drive letter'],
    ['assets\\a.png', 'it contains "\\": use "/" between folders'],
    ['https://example.org/a.png', 'it is a URL, not a file in the course folder'],
    ['file:///etc/passwd', 'it is a URL, not a file in the course folder'],
    ['', 'it is empty'],
    ['assets/', 'it names a folder, not a file'],
    ['.', 'it names a folder, not a file'],
  ])('refuses %s: %s', (input, why) => {
    expect(packagePath(input)).toEqual({ ok: false, why });
  });
});

describe('resolveAssets', () => {
  it('packs each referenced file once, with its size', async () => {
    const { assets, problems } = await check(['assets/a.png', './assets/a.png', 'b.mp3'], { 'assets/a.png': 'PNG', 'b.mp3': 'ID3x', 'unused.txt': 'not referenced' });
    expect(problems).toEqual([]);
    expect(assets.map((a) => [a.path, a.size, a.pointer])).toEqual([
      ['assets/a.png', 3, '/modules/0/pages/0/blocks/0/src'],
      ['b.mp3', 4, '/modules/0/pages/0/blocks/2/src'],
    ]);
  });

  it('refuses a path that leaves the folder, with the pointer of the reference (CK901)', async () => {
    const { problems, c } = await check(['ok.png', '../outside.png'], { 'ok.png': 'x' });
    await writeFile(path.join(c.base, 'outside.png'), 'secret');
    expect(problems).toEqual([
      {
        code: 'CK901',
        severity: 'error',
        message: 'asset "../outside.png" is refused: it goes up out of the course folder',
        file: c.file,
        pointer: '/modules/0/pages/0/blocks/1/src',
        hint: 'keep every asset inside the course folder and refer to it by a relative path, e.g. "assets/photo.jpg"',
      },
    ]);
  });

  it('refuses a symlink that points out of the folder (CK902), and accepts one that stays inside', async () => {
    const { c } = await check([]);
    await writeFile(path.join(c.base, 'secret.txt'), 'secret');
    await writeFile(path.join(c.dir, 'real.png'), 'png');
    await symlink(path.join(c.base, 'secret.txt'), path.join(c.dir, 'leak.png'));
    await symlink(path.join(c.dir, 'real.png'), path.join(c.dir, 'alias.png'));
    await symlink(c.base, path.join(c.dir, 'up'));
    const refs = [
      { path: 'leak.png', pointer: '/a' },
      { path: 'alias.png', pointer: '/b' },
      { path: 'up/secret.txt', pointer: '/c' },
    ];
    const { assets, problems } = await resolveAssets(refs, { root: c.dir, courseFile: c.file, reserved: () => false });
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['CK902', '/a'],
      ['CK902', '/c'],
    ]);
    expect(problems[0]!.message).toBe(`asset "leak.png" is a link to ${path.join(c.base, 'secret.txt')}, outside the course folder`);
    expect(assets.map((a) => a.path)).toEqual(['alias.png']);
  });

  it('reports a missing file (CK903)', async () => {
    const { problems, c } = await check(['assets/missing.png'], { 'assets/other.png': 'x' });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'CK903', pointer: '/modules/0/pages/0/blocks/0/src', message: `asset "assets/missing.png" does not exist (looked for ${path.join(c.dir, 'assets/missing.png')})` }),
    ]);
  });

  it('reports references that differ only in case (CK904), even when both files exist', async () => {
    const { problems } = await check(['Intro.png', 'intro.png'], { 'Intro.png': 'a', 'intro.png': 'b' });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'CK904', pointer: '/modules/0/pages/0/blocks/1/src', message: 'asset "intro.png" differs only in letter case from "Intro.png" (at /modules/0/pages/0/blocks/0/src)' }),
    ]);
  });

  it('reports a reference whose case differs from the file on disk (CK905)', async () => {
    const { problems } = await check(['Assets/Photo.PNG'], { 'assets/photo.png': 'x' });
    expect(problems).toEqual([expect.objectContaining({ code: 'CK905', message: 'asset "Assets/Photo.PNG" does not match the case of "assets" on disk' })]);
  });

  it('refuses a file the package writes itself (CK906) and a folder (CK907)', async () => {
    const { problems } = await check(['index.html', 'player/x.js', 'assets'], { 'index.html': 'x', 'player/x.js': 'x', 'assets/a.png': 'x' });
    expect(problems.map((p) => p.code)).toEqual(['CK906', 'CK906', 'CK907']);
  });
});
