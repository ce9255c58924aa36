import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { afterEachCleanup, run } from './run';

// A disk that fills up while packages are written: every zip is written to /dev/full, where the
// kernel answers each write with ENOSPC, as a full disk does.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const open = ((file: string, flags?: string, mode?: number) => (disk.full && String(file).endsWith('.tmp') ? fs.open('/dev/full', 'w') : fs.open(file, flags, mode))) as typeof fs.open;
  return { ...fs, default: { ...fs, open }, open };
});

const { temp } = afterEachCleanup();

describe('coursekit build on a full disk', () => {
  it('--target all: exit 2 (CK921 ENOSPC for each target), and neither the folder it made nor any partial zip is left', async () => {
    const dir = await temp();
    expect((await run(['init', 'course'], { cwd: dir })).code).toBe(0);
    disk.full = true;
    try {
      const r = await run(['build', 'course/course.json', '--target', 'all', '--out', 'dist/packages'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.match(/error CK921 cannot write .*: ENOSPC/g)).toHaveLength(6);
    } finally {
      disk.full = false;
    }
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['course']);
    // The same build on a disk with room writes all six.
    expect((await run(['build', 'course/course.json', '--target', 'all', '--out', 'dist/packages'], { cwd: dir })).code).toBe(0);
    expect(await readdir(path.join(dir, 'dist/packages'))).toHaveLength(6);
  });
});
