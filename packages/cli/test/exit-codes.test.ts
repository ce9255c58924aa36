import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/exit';
import { afterEachCleanup, run } from './run';

// One exit-code policy for every command (docs/cli.md, "Exit codes"; STYLE.md): 0 success, 1 the
// input is invalid, 2 a usage or I/O error. Each row is one command in one situation; none may
// give another code, nor 3 (a bug).

const { temp } = afterEachCleanup();

async function folder() {
  const dir = await temp();
  expect((await run(['init', 'ok'], { cwd: dir })).code).toBe(0);
  const bad = JSON.parse(await readFile(path.join(dir, 'ok/course.json'), 'utf8'));
  bad.defaultLanguage = 'fr';
  await mkdir(path.join(dir, 'bad'));
  await writeFile(path.join(dir, 'bad/course.json'), JSON.stringify(bad));
  await mkdir(path.join(dir, 'folder.json'));
  await writeFile(path.join(dir, 'statements.ndjson'), '');
  await writeFile(path.join(dir, 'broken.ndjson'), '{"id":\n');
  await writeFile(path.join(dir, 'a-file'), '');
  return dir;
}

const table: Array<[string, string[], number]> = [
  ['validate a valid course', ['validate', 'ok/course.json'], EXIT.ok],
  ['validate an invalid course', ['validate', 'bad/course.json'], EXIT.invalid],
  ['validate a missing file', ['validate', 'missing.json'], EXIT.usage],
  ['validate a folder', ['validate', 'folder.json'], EXIT.usage],
  ['validate with an unknown option', ['validate', 'ok/course.json', '--strict'], EXIT.usage],
  ['build a valid course', ['build', 'ok/course.json', '--target', 'web', '--out', 'out/ok.zip'], EXIT.ok],
  ['build an invalid course', ['build', 'bad/course.json', '--target', 'web', '--out', 'out/bad.zip'], EXIT.invalid],
  ['build a missing file', ['build', 'missing.json', '--target', 'web'], EXIT.usage],
  ['build a folder', ['build', 'folder.json', '--target', 'web'], EXIT.usage],
  ['build over the course', ['build', 'ok/course.json', '--target', 'web', '--out', 'ok/course.json'], EXIT.usage],
  ['build into a file as a folder', ['build', 'ok/course.json', '--target', 'web', '--out', 'a-file/x.zip'], EXIT.usage],
  ['build for an unknown target', ['build', 'ok/course.json', '--target', 'scorm3'], EXIT.usage],
  ['report an empty export', ['report', 'statements.ndjson', '--out', 'r.html', '--quiet'], EXIT.ok],
  ['report a malformed export', ['report', 'broken.ndjson', '--out', 'r2.html'], EXIT.invalid],
  ['report a missing export', ['report', 'missing.ndjson'], EXIT.usage],
  ['report over its export', ['report', 'statements.ndjson', '--out', 'statements.ndjson'], EXIT.usage],
  ['preview a missing file', ['preview', 'missing.json', '--no-open'], EXIT.usage],
  ['init over a course', ['init', 'ok'], EXIT.usage],
  ['an unknown command', ['valdate'], EXIT.usage],
  ['no command', [], EXIT.usage],
];

describe('one exit-code policy for every command', () => {
  it('gives 0, 1 or 2 as docs/cli.md says, in each of these situations', async () => {
    const dir = await folder();
    const got: Array<[string, number]> = [];
    for (const [what, argv] of table) got.push([what, (await run(argv, { cwd: dir })).code]);
    expect(got).toEqual(table.map(([what, , code]) => [what, code]));
  });

  it('documents the same codes in docs/cli.md', async () => {
    const doc = await readFile(path.resolve(__dirname, '../../../docs/cli.md'), 'utf8');
    expect([...doc.matchAll(/^\| (\d) \| /gm)].map((m) => Number(m[1]))).toEqual([EXIT.ok, EXIT.invalid, EXIT.usage, EXIT.internal]);
  });
});
