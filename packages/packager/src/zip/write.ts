import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import yazl from 'yazl';
import { PACKAGE_ERROR, packageError } from '../errors';
import { compressionFor } from './compression';

/** One file of the package: bytes in memory (generated files) or a file on disk (streamed). */
export type ZipEntry = { path: string; data: Uint8Array | string } | { path: string; source: string; size: number };

/** Progress of writing: bytes of entries read so far, of the total. */
export interface ZipProgress {
  done: number;
  total: number;
  /** The entry being written. */
  path: string;
}

// Every entry gets the same timestamp and attributes, so the same input gives the same bytes on
// any machine. DOS time is local time: built from local fields, it encodes 2000-01-01 00:00 in every
// time zone (made at each write, as the zone can change while the process runs); the Info-ZIP UTC
// field (which would differ by zone) is left out.
const fixedMtime = () => new Date(2000, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;
// Level 9: packages are built once and downloaded many times on slow links.
const DEFLATE_LEVEL = 9;

const sizeOf = (e: ZipEntry) => ('source' in e ? e.size : typeof e.data === 'string' ? Buffer.byteLength(e.data) : e.data.byteLength);

/** Removes `dir` and its parents up to `top` (the first folder made for this write), as long as they are empty. */
async function removeEmptyFolders(dir: string, top: string): Promise<void> {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      await rmdir(at);
    } catch {
      return; // Not empty: another build wrote into it meanwhile.
    }
    if (at === top || path.dirname(at) === at) return;
  }
}

/**
 * Writes a zip deterministically and atomically: entries sorted by path, fixed time and mode,
 * media stored and text deflated, files streamed from disk (memory stays flat however large the
 * media). The zip is written to a temporary file beside `out` and renamed into place, so a
 * failure leaves nothing at `out` (and an earlier file there untouched), nor a folder it created.
 *
 * @example
 * await writeZip('dist/course.zip', [{ path: 'index.html', data: html }, { path: 'assets/v.mp4', source: '/abs/v.mp4', size: 1234 }]);
 */
export async function writeZip(out: string, entries: readonly ZipEntry[], onProgress?: (p: ZipProgress) => void): Promise<{ bytes: number }> {
  const target = path.resolve(out);
  const dir = path.dirname(target);
  const unwritable = (error: unknown) =>
    packageError(PACKAGE_ERROR.outputUnwritable, `cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: target, hint: 'choose an --out in a folder you can write to' }, error);
  // The first folder this write creates (undefined when `dir` existed): removed again on failure, so a
  // failed build leaves no empty folder behind.
  let created: string | undefined;
  try {
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory()) throw packageError(PACKAGE_ERROR.outputUnwritable, `cannot write ${target}: it is a folder`, { file: target, hint: 'give --out a file name ending in .zip' });
    created = await mkdir(dir, { recursive: true });
  } catch (error) {
    throw error instanceof Error && error.name === 'PackageError' ? error : unwritable(error);
  }

  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.path === sorted[i - 1]!.path) throw new Error(`writeZip: "${sorted[i]!.path}" added twice`);
  const total = sorted.reduce((sum, e) => sum + sizeOf(e), 0);
  let done = 0;

  const zip = new yazl.ZipFile();
  const mtime = fixedMtime();
  for (const entry of sorted) {
    const compress = compressionFor(entry.path) === 'deflate';
    const options = { mtime, mode: FILE_MODE, compress, forceDosTimestamp: true, ...(compress ? { compressionLevel: DEFLATE_LEVEL } : {}) };
    if ('source' in entry) {
      zip.addReadStreamLazy(entry.path, { ...options, size: entry.size }, (cb) => {
        const counter = new Transform({
          transform(chunk: Buffer, _enc, next) {
            done += chunk.length;
            onProgress?.({ done, total, path: entry.path });
            next(null, chunk);
          },
        });
        const input = createReadStream(entry.source);
        // A source that fails (deleted, unreadable) fails the whole zip: the output stream is
        // destroyed with the error, so the pipeline below rejects and the temporary file goes.
        input.on('error', (e) => {
          (zip.outputStream as Readable).destroy(Object.assign(e, { asset: entry.source }));
          counter.destroy();
        });
        cb(null, input.pipe(counter));
      });
    } else {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
      zip.addBuffer(data, entry.path, options);
      done += data.length;
    }
  }
  zip.end();

  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const output = createWriteStream(temp, { flags: 'wx' });
    await pipeline(zip.outputStream, output);
    const { size } = await stat(temp);
    await rename(temp, target);
    onProgress?.({ done: total, total, path: '' });
    return { bytes: size };
  } catch (error) {
    await rm(temp, { force: true });
    if (created !== undefined) await removeEmptyFolders(dir, created);
    const asset = (error as { asset?: string }).asset;
    if (asset) throw packageError(PACKAGE_ERROR.courseUnreadable, `cannot read ${asset}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: asset, hint: 'check that the file exists and can be read' }, error);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw unwritable(error);
    throw error;
  }
}
