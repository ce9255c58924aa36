import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, rmdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { crc32, createDeflateRaw, deflateRaw } from 'node:zlib';
import { PACKAGE_ERROR, packageError } from '../errors';
import { fileChunks } from './chunks';
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
// any machine: 2000-01-01 00:00 in DOS date and time fields (local time by definition, so the same
// in every time zone); no extra fields (the Info-ZIP UTC field would differ by zone).
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const FILE_MODE = 0o100644;
// Level 9: packages are built once and downloaded many times on slow links.
const DEFLATE_LEVEL = 9;
// Media are copied through one buffer of this size: memory stays flat however large they are.
const CHUNK = 1 << 20;
const UTF8_NAMES = 1 << 11;
const VERSION_MADE_BY = (3 << 8) | 63; // Unix, APPNOTE 6.3
const U32 = 0xffffffff;
// Entries this large (or whose deflated form could be) get ZIP64 sizes.
const ZIP64_AT = 0xffff0000;

const deflateBuffer = promisify(deflateRaw);
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

/** What the central directory needs of an entry once it is written. */
interface Written {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  zip64: boolean;
}

/** The local file header (APPNOTE 4.3.7); CRC and sizes are written into it again once known. */
function localHeader(w: Written): Buffer {
  const header = Buffer.alloc(30 + w.name.length + (w.zip64 ? 20 : 0));
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(w.zip64 ? 45 : 20, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(w.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt16LE(w.name.length, 26);
  header.writeUInt16LE(w.zip64 ? 20 : 0, 28);
  w.name.copy(header, 30);
  if (w.zip64) {
    header.writeUInt16LE(0x0001, 30 + w.name.length);
    header.writeUInt16LE(16, 32 + w.name.length);
  }
  fillSizes(header, w);
  return header;
}

/** CRC and sizes of a local header (in its ZIP64 extra field when the entry has one). */
function fillSizes(header: Buffer, w: Written): void {
  header.writeUInt32LE(w.crc, 14);
  if (w.zip64) {
    header.writeUInt32LE(U32, 18);
    header.writeUInt32LE(U32, 22);
    header.writeBigUInt64LE(BigInt(w.size), 34 + w.name.length);
    header.writeBigUInt64LE(BigInt(w.compressedSize), 42 + w.name.length);
  } else {
    header.writeUInt32LE(w.compressedSize, 18);
    header.writeUInt32LE(w.size, 22);
  }
}

/** The central directory header of an entry (APPNOTE 4.3.12), with a ZIP64 extra field where a value does not fit. */
function centralHeader(w: Written): Buffer {
  const big = [w.size, w.compressedSize, w.offset].map((v) => v >= U32);
  const extra = big.filter(Boolean).length * 8;
  const h = Buffer.alloc(46 + w.name.length + (extra ? 4 + extra : 0));
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(VERSION_MADE_BY, 4);
  h.writeUInt16LE(w.zip64 || extra ? 45 : 20, 6);
  h.writeUInt16LE(UTF8_NAMES, 8);
  h.writeUInt16LE(w.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(w.crc, 16);
  h.writeUInt32LE(big[1] ? U32 : w.compressedSize, 20);
  h.writeUInt32LE(big[0] ? U32 : w.size, 24);
  h.writeUInt16LE(w.name.length, 28);
  h.writeUInt16LE(extra ? 4 + extra : 0, 30);
  h.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
  h.writeUInt32LE(big[2] ? U32 : w.offset, 42);
  w.name.copy(h, 46);
  if (extra) {
    let at = 46 + w.name.length;
    h.writeUInt16LE(0x0001, at);
    h.writeUInt16LE(extra, at + 2);
    at += 4;
    // In the order APPNOTE 4.5.3 gives: size, compressed size, offset.
    for (const [i, v] of [w.size, w.compressedSize, w.offset].entries()) {
      if (!big[i]) continue;
      h.writeBigUInt64LE(BigInt(v), at);
      at += 8;
    }
  }
  return h;
}

/** The end of the central directory, with the ZIP64 record and locator before it when a count or offset does not fit. */
function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const zip64 = count > 0xffff || size >= U32 || offset >= U32;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? U32 : size, 12);
  end.writeUInt32LE(zip64 ? U32 : offset, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(VERSION_MADE_BY, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + size), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}

/** An error reading a source file, marked so the caller reports that file (CK920), not the output. */
const fromSource = (error: unknown, source: string) => Object.assign(error as Error, { asset: source });

/**
 * Writes a zip deterministically and atomically: entries sorted by path, fixed time and mode,
 * media stored and text deflated, files read from disk a chunk at a time through one buffer
 * (memory stays flat however large the media), CRC-32 by zlib. Every local header carries its
 * entry's CRC and sizes (no data descriptors), as the strictest unzip tools want. The zip is
 * written to a temporary file beside `out` and renamed into place, so a failure leaves nothing at
 * `out` (and an earlier file there untouched), nor a folder it created.
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

  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let output: FileHandle | undefined;
  try {
    output = await open(temp, 'wx');
    const zip = output;
    let position = 0;
    const write = async (bytes: Uint8Array) => {
      let at = 0;
      while (at < bytes.length) {
        const { bytesWritten } = await zip.write(bytes, at, bytes.length - at, position + at);
        at += bytesWritten;
      }
      position += bytes.length;
    };
    const chunk = Buffer.allocUnsafe(CHUNK);
    const written: Written[] = [];
    for (const entry of sorted) {
      const size = sizeOf(entry);
      const w: Written = { name: Buffer.from(entry.path, 'utf8'), method: compressionFor(entry.path) === 'deflate' ? 8 : 0, crc: 0, compressedSize: 0, size, offset: position, zip64: size >= ZIP64_AT };
      if (!('source' in entry)) {
        const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
        const body = w.method === 8 ? await deflateBuffer(data, { level: DEFLATE_LEVEL }) : data;
        Object.assign(w, { crc: crc32(data), compressedSize: body.length });
        await write(localHeader(w));
        await write(body);
        done += data.length;
      } else {
        const header = localHeader(w);
        await write(header);
        let read = 0;
        if (w.method === 0) {
          const chunks = fileChunks(entry.source, chunk);
          try {
            for (;;) {
              const next = await chunks.next().catch((e: unknown) => Promise.reject(fromSource(e, entry.source)));
              if (next.done) break;
              w.crc = crc32(next.value, w.crc);
              await write(next.value);
              read += next.value.length;
              done += next.value.length;
              onProgress?.({ done, total, path: entry.path });
            }
          } finally {
            // Closes the file when the loop stops early (a write failed).
            await chunks.return(undefined);
          }
          w.compressedSize = read;
        } else {
          // A read stream allocates a buffer of its high-water mark for each read, however small the file,
          // and reads once more to find the end: reads of at most the file's size, up to its known end.
          const input = createReadStream(entry.source, size > 0 ? { highWaterMark: Math.min(64 * 1024, size), end: size - 1 } : {});
          input.on('error', (e) => fromSource(e, entry.source));
          const tap = new Transform({
            transform(part: Buffer, _encoding, next) {
              w.crc = crc32(part, w.crc);
              read += part.length;
              done += part.length;
              onProgress?.({ done, total, path: entry.path });
              next(null, part);
            },
          });
          await pipeline(input, tap, createDeflateRaw({ level: DEFLATE_LEVEL }), async (deflated: AsyncIterable<Buffer>) => {
            for await (const part of deflated) {
              await write(part);
              w.compressedSize += part.length;
            }
          });
        }
        if (read !== size) throw fromSource(new Error(`it changed while being packed (${size} bytes expected, ${read} read)`), entry.source);
        fillSizes(header, w);
        // Only the CRC and sizes, written into the header at its place.
        await zip.write(header, 14, header.length - 14, w.offset + 14);
      }
      written.push(w);
    }
    const start = position;
    const central = Buffer.concat(written.map(centralHeader));
    await write(central);
    await write(endOfCentralDirectory(written.length, central.length, start));
    await output.close();
    output = undefined;
    await rename(temp, target);
    onProgress?.({ done: total, total, path: '' });
    return { bytes: position };
  } catch (error) {
    await output?.close().catch(() => {});
    await rm(temp, { force: true });
    if (created !== undefined) await removeEmptyFolders(dir, created);
    const asset = (error as { asset?: string }).asset;
    if (asset) throw packageError(PACKAGE_ERROR.courseUnreadable, `cannot read ${asset}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: asset, hint: 'check that the file exists and can be read' }, error);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw unwritable(error);
    throw error;
  }
}
