import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFolder, loadWithCodeCache } from './code-cache';

const folders: string[] = [];
afterEach(() => {
  while (folders.length > 0) rmSync(folders.pop()!, { recursive: true, force: true });
});

/** A folder with a small CommonJS file that uses a built-in, and the folder for its cache. */
function setup(body = "const path = require('node:path'); exports.twice = (n) => path.join('x', String(n * 2));") {
  const dir = mkdtempSync(path.join(tmpdir(), 'ck-code-cache-'));
  folders.push(dir);
  const file = path.join(dir, 'core.cjs');
  writeFileSync(file, body);
  return { file, cache: path.join(dir, 'cache', 'coursekit') };
}

type Core = { twice(n: number): string };
const cacheFiles = (folder: string) => readdirSync(folder).sort();

describe('loadWithCodeCache', () => {
  it('compiles the file, stores the code once it has run, and compiles from the cache on the next run', () => {
    const { file, cache } = setup();
    const first = loadWithCodeCache<Core>(file, cache, '1.2.3');
    expect([first.fromCache, first.exports.twice(2)]).toEqual([false, path.join('x', '4')]);
    first.save();
    const [stored] = cacheFiles(cache);
    const { size, ctimeMs } = statSync(file);
    expect(stored).toBe(`core.cjs-1.2.3-${process.versions.v8}-${process.arch}-${size}-${Math.trunc(ctimeMs)}.bin`.replace(/[^\w.-]/g, '_'));
    const second = loadWithCodeCache<Core>(file, cache, '1.2.3');
    expect([second.fromCache, second.exports.twice(5)]).toEqual([true, path.join('x', '10')]);
    const before = statSync(path.join(cache, stored!));
    second.save();
    expect(statSync(path.join(cache, stored!)).mtimeMs).toBe(before.mtimeMs);
  });

  it('ignores a damaged or cut-short cache, runs the file as it is and writes the cache anew', () => {
    const { file, cache } = setup();
    loadWithCodeCache<Core>(file, cache, '1.2.3').save();
    const stored = path.join(cache, cacheFiles(cache)[0]!);
    const good = readFileSync(stored);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 10] = damaged[damaged.length - 10]! ^ 0xff;
    for (const bad of [damaged, good.subarray(0, good.length / 2), Buffer.alloc(0), Buffer.from('not a cache')]) {
      writeFileSync(stored, bad);
      const core = loadWithCodeCache<Core>(file, cache, '1.2.3');
      expect([core.fromCache, core.exports.twice(1)]).toEqual([false, path.join('x', '2')]);
      core.save();
      expect(loadWithCodeCache<Core>(file, cache, '1.2.3').fromCache).toBe(true);
    }
  });

  it('does not take a cache made for another version or an earlier build of the file, and removes it once a new one is written', async () => {
    const { file, cache } = setup();
    loadWithCodeCache<Core>(file, cache, '1.2.3').save();
    const old = cacheFiles(cache);
    const other = loadWithCodeCache<Core>(file, cache, '1.2.4');
    expect(other.fromCache).toBe(false);
    other.save();
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(cacheFiles(cache)).not.toEqual(old);
    // Rebuilt: the same length, other code, and the modification time put back as an npm package has it.
    const { atime, mtime } = statSync(file);
    await new Promise((resolve) => setTimeout(resolve, 5));
    writeFileSync(file, "const path = require('node:path'); exports.twice = (n) => path.join('y', String(n * 3));");
    utimesSync(file, atime, mtime);
    const rebuilt = loadWithCodeCache<Core>(file, cache, '1.2.4');
    expect([rebuilt.fromCache, rebuilt.exports.twice(2)]).toEqual([false, path.join('y', '6')]);
  });

  it('works without a cache when the folder cannot be made or written, or there is none', () => {
    const { file } = setup();
    const notAFolder = path.join(path.dirname(file), 'core.cjs', 'cache');
    for (const folder of [notAFolder, undefined]) {
      const core = loadWithCodeCache<Core>(file, folder, '1.2.3');
      expect(() => core.save()).not.toThrow();
      expect([core.fromCache, core.exports.twice(3)]).toEqual([false, path.join('x', '6')]);
    }
  });

  it('works in a cache folder this user may only read', () => {
    const { file, cache } = setup();
    loadWithCodeCache<Core>(file, cache, '1.2.3').save();
    const stored = cacheFiles(cache);
    chmodSync(path.dirname(file), 0o755);
    chmodSync(path.dirname(cache), 0o755);
    chmodSync(cache, 0o555);
    // As user nobody when the tests run as root (root may write anywhere).
    const root = process.getuid?.() === 0;
    if (root) process.seteuid!(65534);
    try {
      const first = loadWithCodeCache<Core>(file, cache, '1.2.4');
      expect(() => first.save()).not.toThrow();
      const second = loadWithCodeCache<Core>(file, cache, '1.2.4');
      expect([first.fromCache, second.fromCache, second.exports.twice(4)]).toEqual([false, false, path.join('x', '8')]);
      // The cache this user could read is still taken.
      expect(loadWithCodeCache<Core>(file, cache, '1.2.3').fromCache).toBe(true);
    } finally {
      if (root) process.seteuid!(0);
    }
    expect(cacheFiles(cache)).toEqual(stored);
  });
});

describe('cacheFolder', () => {
  it('is COURSEKIT_CACHE_DIR when set (none when empty), else the platform\'s per-user cache folder', () => {
    expect(cacheFolder({ COURSEKIT_CACHE_DIR: '/tmp/ck' }, 'linux')).toBe('/tmp/ck');
    expect(cacheFolder({ COURSEKIT_CACHE_DIR: '' }, 'linux')).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: '/var/cache/ana' }, 'linux')).toBe(path.join('/var/cache/ana', 'coursekit'));
    const home = homedir();
    expect(cacheFolder({}, 'linux')).toBe(path.join(home, '.cache', 'coursekit'));
    expect(cacheFolder({}, 'darwin')).toBe(path.join(home, 'Library', 'Caches', 'coursekit'));
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32')).toBe(path.join('C:\\Users\\ana\\AppData\\Local', 'coursekit', 'Cache'));
  });
});
