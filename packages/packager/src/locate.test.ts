import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { courseDir } from '../test/fixtures';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { locatePointer, locatePointers, withLocations } from './locate';

// Every file the locator reads is counted.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return { ...fs, default: fs, readFile: vi.fn(fs.readFile) };
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

it('finds the line and column of a pointer, following $include into the included file', async () => {
  const c = await courseDir({ modules: [{ $include: 'modules/one.json' }], certificate: { logo: { src: 'logo.svg' } } });
  cleanups.push(c.cleanup);
  await mkdir(path.join(c.dir, 'modules'));
  await writeFile(path.join(c.dir, 'modules/one.json'), '{\n  "id": "m1",\n  "pages": [\n    { "blocks": [ { "type": "image", "src": "../x.png" } ] }\n  ]\n}\n');
  expect(await locatePointer(c.file, '/modules/0/pages/0/blocks/0/src')).toEqual({ file: path.join(c.dir, 'modules/one.json'), line: 4, column: 45 });
  expect(await locatePointer(c.file, '/certificate/logo/src')).toEqual({ file: c.file, line: 9, column: 14 });
  expect(await locatePointer(c.file, '/modules/3/src')).toBeNull();
});

it('locates many pointers with one locator, every file read once', async () => {
  const pages = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, blocks: [{ type: 'image', src: `assets/${i}.jpg` }] }));
  const c = await courseDir({ modules: [{ $include: 'modules/one.json' }] });
  cleanups.push(c.cleanup);
  await mkdir(path.join(c.dir, 'modules'));
  await writeFile(path.join(c.dir, 'modules/one.json'), JSON.stringify({ id: 'm1', pages }, null, 2));
  const read = vi.mocked(readFile);
  read.mockClear();
  const located = await withLocations(
    pages.map((_, i) => ({ code: 'CK740', pointer: `/modules/0/pages/${i}/blocks/0/src` })),
    c.file,
  );
  // JSON.stringify(…, null, 2): each page takes 9 lines; the first page’s src is on line 9.
  expect(located.map((p) => [p.file, p.line, p.column])).toEqual(pages.map((_, i) => [path.join(c.dir, 'modules/one.json'), 9 + 9 * i, 18]));
  expect(read.mock.calls.map((call) => String(call[0])).sort()).toEqual([c.file, path.join(c.dir, 'modules/one.json')].sort());
});

it('finds every value where a syntax tree finds it: nested lists, keys with "/" and "~", the root', async () => {
  const c = await courseDir({ modules: [] });
  cleanups.push(c.cleanup);
  const value = { 'a/b': [{ '~x': [1, [2, { deep: 'y' }]], n: null }, [], 'z'], list: [[[true]]], '': { empty: 0 } };
  const text = JSON.stringify(value, null, 1);
  await writeFile(c.file, text);
  const pointers: string[] = [];
  const walk = (v: unknown, at: string) => {
    pointers.push(at);
    if (v !== null && typeof v === 'object') for (const [k, child] of Object.entries(v)) walk(child, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  walk(value, '');
  const tree = parseTree(text)!;
  const expected = pointers.map((p) => {
    const segments = p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = findNodeAtLocation(tree, segments.map((s, i) => (/^\d+$/.test(s) && Array.isArray(segments.slice(0, i).reduce<any>((o, k) => o[k], value)) ? Number(s) : s)))!;
    const before = text.slice(0, node.offset).split('\n');
    return [p, { file: c.file, line: before.length, column: before.at(-1)!.length + 1 }];
  });
  expect([...(await locatePointers(c.file, pointers))]).toEqual(expected);
});
