import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

describe('CourseFolder.caseTwins', () => {
  it('lists the names beside a file that differ from it only in letter case, and none in a folder without such names', () => {
    const { root } = course();
    const folder = new CourseFolder(root);
    expect(folder.caseTwins('assets/a.png')).toEqual([]);
    writeFileSync(join(root, 'assets/A.png'), 'x');
    expect(new CourseFolder(root).caseTwins('assets/a.png')).toEqual(['A.png']);
  });
});

describe('CourseFolder.unreadable', () => {
  it('names why a file cannot be read by the user the command runs as, and nothing for a file it can read', () => {
    const { root } = course();
    chmodSync(dirname(root), 0o755);
    chmodSync(join(root, 'assets/a.png'), 0o000);
    writeFileSync(join(root, 'assets/b.png'), 'x');
    // In a process of its own, whose real and effective user are one (access(2) answers then):
    // an ordinary user, as most authors are, since root reads any file.
    const files = join(dirname(fileURLToPath(import.meta.url)), 'files.ts');
    const script = `import { CourseFolder } from ${JSON.stringify(files)};
const folder = new CourseFolder(${JSON.stringify(root)});
console.log(JSON.stringify([folder.unreadable(${JSON.stringify(join(root, 'assets/a.png'))}), folder.unreadable(${JSON.stringify(join(root, 'assets/inside.png'))}), folder.unreadable(${JSON.stringify(join(root, 'assets/none.png'))}), folder.unreadable(${JSON.stringify(join(root, 'assets/b.png'))})]));`;
    const asRoot = process.getuid?.() === 0;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect([child.status, child.stderr]).toEqual([0, '']);
    expect(JSON.parse(child.stdout)).toEqual(['EACCES', 'EACCES', 'ENOENT', null]);
  });
});
