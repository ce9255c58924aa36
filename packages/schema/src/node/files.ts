import { accessSync, closeSync, constants, lstatSync, openSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { nearest } from '../validate/suggest';

/** Whether `path` is `folder` or inside it (both absolute, already resolved). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** What the file system says about a path a course names. */
export type Lookup =
  /** `type` is known when no part of the path is a link: the folder's listing told it, no stat(2) needed. */
  | { kind: 'found'; real: string; type?: EntryType }
  | { kind: 'missing'; suggestion?: string }
  | { kind: 'case'; actual: string }
  | { kind: 'outside'; real: string };

/** What a folder's listing says an entry is. */
export type EntryType = 'file' | 'folder' | 'link' | 'other';

/**
 * Looks files up inside one course folder, segment by segment, so that letter case is checked even
 * on file systems that ignore it (a course that works on Windows or macOS must also work once
 * unzipped on a Linux LMS), and so that a symbolic link leading out of the folder is caught.
 *
 * @example new CourseFolder('/courses/ir').lookup('assets/parcel.webp')
 */
export class CourseFolder {
  readonly real: string;
  private listings = new Map<string, string[]>();
  private types = new Map<string, Map<string, EntryType>>();
  /**
   * Per folder: its names, its names by lower case (in listing order), for lookups without a scan,
   * and whether any two of its names differ only in case.
   */
  private indexes = new Map<string, FolderIndex>();
  /**
   * access(2) answers for the real user and group, open(2) for the effective ones: where they are
   * the same (nearly always; not under a set-user-id program or after seteuid), a file's
   * readability costs one access(2) call instead of an open(2) and a close(2). Not on Windows,
   * where access(2) does not look at a file's permissions for reading.
   */
  private readonly accessAnswers =
    process.platform !== 'win32' && process.getuid?.() === process.geteuid?.() && process.getgid?.() === process.getegid?.();

  constructor(readonly root: string) {
    this.real = safeRealpath(root) ?? root;
  }

  private indexOf(folder: string): FolderIndex {
    let index = this.indexes.get(folder);
    if (index === undefined) {
      const names = this.list(folder);
      const folded = new Map<string, string[]>();
      let twins = false;
      for (const name of names) {
        const key = name.toLowerCase();
        const same = folded.get(key);
        if (same === undefined) folded.set(key, [name]);
        else {
          same.push(name);
          twins = true;
        }
      }
      index = { names: new Set(names), folded, twins };
      this.indexes.set(folder, index);
    }
    return index;
  }

  /** The names in a folder ([] when it cannot be read). */
  list(folder: string): string[] {
    let names = this.listings.get(folder);
    if (names === undefined) {
      const types = new Map<string, EntryType>();
      try {
        // The entries' types come with the listing (d_type), so a path without links needs no stat(2) per file.
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          types.set(entry.name, entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : entry.isSymbolicLink() ? 'link' : 'other');
        }
      } catch {
        types.clear();
      }
      names = [...types.keys()];
      this.listings.set(folder, names);
      this.types.set(folder, types);
    }
    return names;
  }

  /** Looks up a path relative to the course folder (`/` separators). */
  lookup(relativePath: string): Lookup {
    // A path that leads out of the folder is refused as such, whether or not its target exists.
    const lexical = relativePath.includes('..') ? posix.normalize(relativePath) : relativePath;
    if (lexical === '..' || lexical.startsWith('../')) return { kind: 'outside', real: resolve(this.root, relativePath) };
    const segments = relativePath.split('/').filter((s) => s !== '' && s !== '.');
    let current = this.root;
    const actual: string[] = [];
    let caseDiffers = false;
    // Without links and "..", the real path is the folder's real path and the names as listed.
    let plain = true;
    let type: EntryType | undefined;
    for (const segment of segments) {
      if (segment === '..') {
        current = dirname(current);
        actual.push('..');
        plain = false;
        continue;
      }
      const index = this.indexOf(current);
      let name = segment;
      if (!index.names.has(segment)) {
        const folded = index.folded.get(segment.toLowerCase())?.[0];
        if (folded === undefined) return { kind: 'missing', ...suggest(segment, this.list(current), actual) };
        name = folded;
        caseDiffers = true;
      }
      actual.push(name);
      type = this.types.get(current)?.get(name);
      if (type === 'link' || type === undefined) plain = false;
      current = plain ? child(current, name) : join(current, name);
    }
    if (plain && type !== undefined) {
      if (caseDiffers) return { kind: 'case', actual: actual.join('/') };
      return { kind: 'found', real: this.real === this.root ? current : join(this.real, ...actual), type };
    }
    // Lexically inside (checked above); a link may still lead out, which its real path tells.
    const real = safeRealpath(current);
    if (real === undefined) return { kind: 'missing' };
    if (!isInside(this.real, real)) return { kind: 'outside', real };
    if (caseDiffers) return { kind: 'case', actual: actual.join('/') };
    return { kind: 'found', real };
  }

  /** Other names in the same folder that differ from `name` only in letter case. */
  caseTwins(relativePath: string): string[] {
    const segments = relativePath.split('/').filter((s) => s !== '' && s !== '.');
    let folder: string;
    let name: string;
    if (segments.length > 0 && !segments.includes('..')) {
      // The folder as lookup names it, so its listing is the one already read.
      folder = this.root;
      for (let i = 0; i < segments.length - 1; i++) folder = child(folder, segments[i] as string);
      name = segments[segments.length - 1] as string;
    } else {
      const at = resolve(this.root, relativePath);
      folder = dirname(at);
      name = at.slice(folder.length + 1);
    }
    const index = this.indexOf(folder);
    // Most folders hold no two names that differ only in case: nothing to look for.
    if (!index.twins) return [];
    return (index.folded.get(name.toLowerCase()) ?? []).filter((other) => other !== name);
  }

  /** Whether a path is a regular file (after links). */
  isFile(path: string): boolean {
    try {
      return lstatSync(safeRealpath(path) ?? path).isFile();
    } catch {
      return false;
    }
  }

  /** Whether a path is a folder (after links). */
  isFolder(path: string): boolean {
    try {
      return lstatSync(safeRealpath(path) ?? path).isDirectory();
    } catch {
      return false;
    }
  }

  /** Whether anything is at a path (after links). */
  exists(path: string): boolean {
    return safeRealpath(path) !== undefined;
  }

  /** Why a regular file cannot be opened for reading (an errno code such as EACCES), or null when it can. */
  unreadable(path: string): string | null {
    try {
      // Asked as a build opens it: for the effective user and group.
      if (this.accessAnswers) accessSync(path, constants.R_OK);
      else closeSync(openSync(path, 'r'));
      return null;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? 'EACCES';
    }
  }
}

/** What {@link CourseFolder} keeps of one folder's listing. */
interface FolderIndex {
  names: Set<string>;
  folded: Map<string, string[]>;
  twins: boolean;
}

/** `join(folder, name)` for a name from a listing: nothing to normalise, so none of join's work. */
function child(folder: string, name: string): string {
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

function suggest(segment: string, names: string[], before: string[]): { suggestion?: string } {
  // A typo, or the same name with another extension (parcel.jpg for parcel.webp).
  const stem = segment.replace(/\.[^.]*$/, '').toLowerCase();
  const found = nearest(segment, names) ?? names.find((name) => name.replace(/\.[^.]*$/, '').toLowerCase() === stem);
  return found === undefined ? {} : { suggestion: [...before, found].join('/') };
}

function safeRealpath(path: string): string | undefined {
  try {
    // One realpath(3) call; the JavaScript realpathSync stats every segment of the path, for each asset.
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}
