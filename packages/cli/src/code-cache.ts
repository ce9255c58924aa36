import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';

/** A CommonJS file compiled with V8's code cache: its exports, and `save()` to store what was compiled once it has run. */
export interface CachedModule<T> {
  exports: T;
  /** The code was compiled from the cache (V8 took it). */
  fromCache: boolean;
  /** Stores the compiled code when the cache did not already hold it; never throws. */
  save(): void;
}

// A cache file is [SHA-256 of the rest][V8's code cache]. V8 checks the cache's header (its own
// version, flags and the source's length) but, in release builds, not the bytes after it, so the
// digest is what keeps a truncated or damaged file from being run.
const DIGEST = 32;

/**
 * The per-user cache folder (`COURSEKIT_CACHE_DIR`, else the platform's: `$XDG_CACHE_HOME` or
 * `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows), with `coursekit`.
 *
 * @example cacheFolder(process.env) // '/home/ana/.cache/coursekit'
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.COURSEKIT_CACHE_DIR !== undefined) return env.COURSEKIT_CACHE_DIR === '' ? undefined : env.COURSEKIT_CACHE_DIR;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'coursekit', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'coursekit');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'coursekit');
}

/**
 * Runs a CommonJS file (no imports of its own but Node's built-ins), compiled from V8's code cache
 * when `folder` holds one for this very file, CourseKit version and Node: a command run again skips
 * parsing and compiling what it ran before. A cache that is missing, damaged, from another version or
 * refused by V8 is ignored and written anew by `save()`; a folder that cannot be written is no error.
 *
 * @example
 * const core = loadWithCodeCache<typeof import('./validate-core')>(file, cacheFolder(process.env), VERSION);
 * await core.exports.loadCourse('course.json');
 * core.save();
 */
export function loadWithCodeCache<T>(file: string, folder: string | undefined, version: string): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  // V8 takes a cache for any source of the same length, so the name says which file it is for: its
  // size and the time it last changed (ctime, which writing the file always sets, where an npm
  // package gives every file the same mtime), with the CourseKit and V8 versions.
  const { size, ctimeMs } = statSync(file);
  const prefix = `${path.basename(file)}-`;
  const name = `${prefix}${[version, process.versions.v8, process.arch, size, Math.trunc(ctimeMs)].join('-').replace(/[^\w.-]/g, '_')}.bin`;
  const cacheFile = folder === undefined ? undefined : path.join(folder, name);
  const cached = cacheFile === undefined ? undefined : readCache(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cached ? { cachedData: cached } : {}) });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
  const fromCache = cached !== undefined && script.cachedDataRejected === false;
  let saved = fromCache;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (saved || folder === undefined || cacheFile === undefined) return;
      saved = true;
      try {
        const data = script.createCachedData();
        mkdirSync(folder, { recursive: true });
        // Written beside and renamed: another run reading at the same time sees the old file or the new, never half.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([digest(data), data]));
        renameSync(temporary, cacheFile);
        for (const other of readdirSync(folder)) if (other.startsWith(prefix) && other !== name && !other.endsWith('.tmp')) unlinkSync(path.join(folder, other));
      } catch {
        // A read-only or full disk, or a folder that is not one: the command works as well without a cache.
      }
    },
  };
}

function readCache(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const data = bytes.subarray(DIGEST);
    return bytes.length > DIGEST && digest(data).equals(bytes.subarray(0, DIGEST)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function digest(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}
