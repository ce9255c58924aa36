import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { courseDir } from '../test/fixtures';
import { locatePointer } from './locate';

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
