import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ERROR, type PackageProblem } from '../errors';
import type { AssetReference } from './references';

/** A course file that goes into the package. */
export interface Asset {
  /** Path inside the package, `/`-separated, normalised (no `./`). */
  path: string;
  /** Absolute path on disk. */
  source: string;
  size: number;
  /** Pointer of the first reference to it. */
  pointer: string;
}

/** Options of resolveAssets. */
export interface ResolveOptions {
  /** The course folder: every asset must be inside it. */
  root: string;
  /** The course file, named in problems. */
  courseFile: string;
  /** Paths the package writes itself; an asset may not take one. */
  reserved: (packagePath: string) => boolean;
}

// A scheme (RFC 3986 §3.1) of two letters or more: a single letter is a Windows drive, caught below.
const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;
const DRIVE = /^[a-z]:/i;
// A path that path.posix.normalize would change: a "." or ".." segment, or "//".
const UNNORMAL = /(^|\/)\.\.?(\/|$)|\/\//;

/**
 * The package path of a reference, or why it cannot be one. Only relative paths that stay in the
 * course folder are allowed: not `..` past the folder, not `/abs`, `C:\x`, `\\server\share` or a URL.
 *
 * @example
 * packagePath('./assets/../assets/a.png'); // { ok: true, path: 'assets/a.png' }
 * packagePath('../secret.txt'); // { ok: false, why: 'it goes up out of the course folder' }
 */
export function packagePath(reference: string): { ok: true; path: string } | { ok: false; why: string } {
  if (reference.trim() === '') return { ok: false, why: 'it is empty' };
  if (reference.includes('\\')) return { ok: false, why: 'it contains "\\": use "/" between folders' };
  if (reference.startsWith('/')) return { ok: false, why: 'it is an absolute path' };
  if (DRIVE.test(reference)) return { ok: false, why: 'it starts with a drive letter' };
  if (URL_SCHEME.test(reference)) return { ok: false, why: 'it is a URL, not a file in the course folder' };
  if (reference.includes('\0')) return { ok: false, why: 'it contains a NUL character' };
  // Most references have no "." or ".." segment and no doubled "/": already normal.
  const normal = UNNORMAL.test(reference) ? path.posix.normalize(reference) : reference;
  if (normal === '..' || normal.startsWith('../')) return { ok: false, why: 'it goes up out of the course folder' };
  if (normal === '.' || normal.endsWith('/')) return { ok: false, why: 'it names a folder, not a file' };
  return { ok: true, path: normal };
}

function inside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
}

/**
 * Checks every reference and returns the files to pack, each once, with every problem found:
 * escapes (CK901), symlinks out of the folder (CK902), missing files (CK903), references that
 * differ only in case (CK904), a case that differs from the file on disk (CK905), package files
 * (CK906), folders (CK907).
 *
 * @example
 * const { assets, problems } = await resolveAssets(assetReferences(course), { root, courseFile, reserved: () => false });
 */
export async function resolveAssets(references: readonly AssetReference[], options: ResolveOptions): Promise<{ assets: Asset[]; problems: PackageProblem[] }> {
  const problems: PackageProblem[] = [];
  const problem = (code: string, ref: AssetReference, message: string, hint: string) => problems.push({ code, severity: 'error', message, file: options.courseFile, pointer: ref.pointer, hint });
  const root = await realpath(options.root);

  const byPath = new Map<string, AssetReference>();
  const byLower = new Map<string, { path: string; ref: AssetReference }>();
  for (const ref of references) {
    const p = packagePath(ref.path);
    if (!p.ok) {
      problem(PACKAGE_ERROR.assetOutside, ref, `asset "${ref.path}" is refused: ${p.why}`, 'keep every asset inside the course folder and refer to it by a relative path, e.g. "assets/photo.jpg"');
      continue;
    }
    if (options.reserved(p.path)) {
      problem(PACKAGE_ERROR.assetReserved, ref, `asset "${ref.path}" has the name of a file the package writes itself`, 'rename the file or move it into a folder such as "assets/"');
      continue;
    }
    if (byPath.has(p.path)) continue;
    const lower = p.path.toLowerCase();
    const twin = byLower.get(lower);
    if (twin) {
      problem(PACKAGE_ERROR.assetCaseCollision, ref, `asset "${p.path}" differs only in letter case from "${twin.path}" (at ${twin.ref.pointer})`, 'LMSs on Windows and macOS see one file where Linux sees two: use one spelling, or rename one of the files');
      continue;
    }
    byLower.set(lower, { path: p.path, ref });
    byPath.set(p.path, ref);
  }

  const listings = new Map<string, Promise<string[] | null>>();
  const list = (dir: string) => {
    let entries = listings.get(dir);
    if (!entries) {
      entries = readdir(dir).catch(() => null);
      listings.set(dir, entries);
    }
    return entries;
  };

  const assets: Asset[] = [];
  for (const [packaged, ref] of byPath) {
    // Walk segment by segment against the real listing, so a wrong case is caught even on a
    // case-insensitive disk (macOS, Windows), where it would open here and 404 on a Linux LMS.
    let dir = options.root;
    let caseProblem: string | null = null;
    let missing = false;
    for (const segment of packaged.split('/')) {
      const entries = await list(dir);
      if (!entries || !entries.includes(segment)) {
        const other = entries?.find((e) => e.toLowerCase() === segment.toLowerCase());
        if (other) caseProblem = other;
        else missing = true;
        break;
      }
      dir = path.join(dir, segment);
    }
    if (caseProblem !== null) {
      problem(PACKAGE_ERROR.assetCaseMismatch, ref, `asset "${ref.path}" does not match the case of "${caseProblem}" on disk`, `write the reference exactly as the file is named ("${caseProblem}"), since LMS servers tell the cases apart`);
      continue;
    }
    const source = path.join(options.root, ...packaged.split('/'));
    if (missing) {
      problem(PACKAGE_ERROR.assetMissing, ref, `asset "${ref.path}" does not exist (looked for ${source})`, 'add the file to the course folder or correct the path');
      continue;
    }
    let real: string;
    try {
      real = await realpath(source);
    } catch {
      problem(PACKAGE_ERROR.assetMissing, ref, `asset "${ref.path}" is a broken link (looked for ${source})`, 'replace the link with the file itself');
      continue;
    }
    if (!inside(root, real)) {
      problem(PACKAGE_ERROR.assetSymlinkOutside, ref, `asset "${ref.path}" is a link to ${real}, outside the course folder`, 'copy the file into the course folder instead of linking to it');
      continue;
    }
    const info = await stat(real);
    if (!info.isFile()) {
      problem(PACKAGE_ERROR.assetNotFile, ref, `asset "${ref.path}" is ${info.isDirectory() ? 'a folder' : 'not a regular file'}`, 'point at a file');
      continue;
    }
    assets.push({ path: packaged, source: real, size: info.size, pointer: ref.pointer });
  }
  return { assets, problems };
}

