import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CourseFolder } from './files';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A course folder with assets/a.png, a folder assets/sub, and links inside and out of it. */
function course(): { root: string; outside: string } {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'coursekit-files-')));
  made.push(top);
  const root = join(top, 'course');
  mkdirSync(join(root, 'assets/sub'), { recursive: true });
  writeFileSync(join(root, 'assets/a.png'), 'x');
  writeFileSync(join(top, 'secret.png'), 'x');
  symlinkSync(join(root, 'assets/a.png'), join(root, 'assets/inside.png'));
  symlinkSync(join(root, 'assets'), join(root, 'linked'));
  symlinkSync(join(top, 'secret.png'), join(root, 'assets/outside.png'));
  symlinkSync(root, join(top, 'course-link'));
  return { root, outside: join(top, 'secret.png') };
}

describe('CourseFolder.lookup', () => {
  it('takes the type of a path without links from the folder listing, with its real path', () => {
    const { root } = course();
    const folder = new CourseFolder(root);
    expect(folder.lookup('assets/a.png')).toEqual({ kind: 'found', real: join(root, 'assets/a.png'), type: 'file' });
    expect(folder.lookup('./assets//sub')).toEqual({ kind: 'found', real: join(root, 'assets/sub'), type: 'folder' });
    expect(folder.lookup('assets/A.png')).toEqual({ kind: 'case', actual: 'assets/a.png' });
  });

  it('follows links to their real path, without a type, and refuses those that lead out', () => {
    const { root, outside } = course();
    const folder = new CourseFolder(root);
    expect(folder.lookup('assets/inside.png')).toEqual({ kind: 'found', real: join(root, 'assets/a.png') });
    expect(folder.lookup('linked/a.png')).toEqual({ kind: 'found', real: join(root, 'assets/a.png') });
    expect(folder.lookup('assets/outside.png')).toEqual({ kind: 'outside', real: outside });
    expect(folder.lookup('assets/sub/../a.png')).toEqual({ kind: 'found', real: join(root, 'assets/a.png') });
  });

  it('gives real paths inside the real folder when the course folder is reached through a link', () => {
    const { root } = course();
    const folder = new CourseFolder(join(root, '../course-link'));
    expect(folder.lookup('assets/a.png')).toEqual({ kind: 'found', real: join(root, 'assets/a.png'), type: 'file' });
    expect(folder.lookup('assets/inside.png')).toEqual({ kind: 'found', real: join(root, 'assets/a.png') });
  });
});
