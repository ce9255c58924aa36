import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centralDirectory } from '../../test/zip-reader';
import { compressionFor } from './compression';
import { writeZip } from './write';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ck-zip-'));
  await writeFile(path.join(dir, 'video.mp4'), Buffer.alloc(100_000, 7));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('compressionFor', () => {
  it.each([
    ['assets/welcome.mp4', 'store'],
    ['assets/a.PNG', 'store'],
    ['fonts/x.woff2', 'store'],
    ['course.json', 'deflate'],
    ['assets/a.svg', 'deflate'],
    ['assets/a.vtt', 'deflate'],
    ['README', 'deflate'],
  ] as const)('%s → %s', (file, method) => {
    expect(compressionFor(file)).toBe(method);
  });
});

describe('the zip of a course with every kind of file', () => {
  const media = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif', 'mp4', 'webm', 'mp3', 'm4a', 'ogg', 'pdf', 'zip', 'woff', 'woff2'];
  const text = ['html', 'js', 'css', 'json', 'xml', 'svg', 'vtt', 'txt', 'md'];

  it('stores already-compressed media (method 0) and deflates text (method 8)', async () => {
    const out = path.join(dir, 'kinds.zip');
    await writeZip(out, [...media, ...text].map((ext) => ({ path: `assets/file.${ext}`, data: `${ext} `.repeat(200) })));
    const methods = Object.fromEntries((await centralDirectory(out)).map((e) => [e.name.slice('assets/file.'.length), e.method]));
    expect(methods).toEqual({ ...Object.fromEntries(media.map((ext) => [ext, 0])), ...Object.fromEntries(text.map((ext) => [ext, 8])) });
  });
});

describe('writeZip', () => {
  const entries = () => [
    { path: 'index.html', data: '<!doctype html>'.repeat(50) },
    { path: 'assets/video.mp4', source: path.join(dir, 'video.mp4'), size: 100_000 },
    { path: 'course.json', data: JSON.stringify({ title: 'Penjaga Integritas' }) },
  ];

  it('writes entries sorted, media stored, text deflated, with a fixed time and mode and no extra fields', async () => {
    const out = path.join(dir, 'a.zip');
    await writeZip(out, entries());
    const central = await centralDirectory(out);
    expect(central.map((e) => [e.name, e.method])).toEqual([
      ['assets/video.mp4', 0],
      ['course.json', 8],
      ['index.html', 8],
    ]);
    // DOS date 2000-01-01 = ((2000-1980) << 9) | (1 << 5) | 1; time 00:00:00 = 0.
    expect(central.every((e) => e.dosDate === ((20 << 9) | (1 << 5) | 1) && e.dosTime === 0)).toBe(true);
    expect(central.every((e) => e.externalAttributes >>> 16 === 0o100644 && e.extraLength === 0)).toBe(true);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(await zip.file('course.json')!.async('string')).toBe('{"title":"Penjaga Integritas"}');
    expect((await zip.file('assets/video.mp4')!.async('uint8array')).length).toBe(100_000);
  });

  it('puts each entry\'s CRC-32 and sizes in its local header, with no data descriptor, as strict unzip tools want', async () => {
    const out = path.join(dir, 'local.zip');
    await writeZip(out, entries());
    const bytes = await readFile(out);
    const zip = await JSZip.loadAsync(bytes);
    const seen: Array<[string, number, boolean]> = [];
    for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50; ) {
      const flags = bytes.readUInt16LE(at + 6);
      const compressedSize = bytes.readUInt32LE(at + 18);
      const name = bytes.toString('utf8', at + 30, at + 30 + bytes.readUInt16LE(at + 26));
      const content = await zip.file(name)!.async('nodebuffer');
      seen.push([name, flags, bytes.readUInt32LE(at + 14) === crc32(content) && bytes.readUInt32LE(at + 22) === content.length]);
      at += 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28) + compressedSize;
    }
    // Flag 0x0800: names in UTF-8; no 0x0008 (sizes in a data descriptor after the data).
    expect(seen).toEqual([
      ['assets/video.mp4', 0x0800, true],
      ['course.json', 0x0800, true],
      ['index.html', 0x0800, true],
    ]);
  });

  it('fails (CK920) and leaves nothing when a source file is not the size it had when the build began', async () => {
    const out = path.join(dir, 'changed.zip');
    const changed = [...entries(), { path: 'assets/clip.mp3', source: path.join(dir, 'video.mp4'), size: 99_999 }];
    await expect(writeZip(out, changed)).rejects.toMatchObject({ code: 'CK920', message: expect.stringContaining('changed while being packed') });
    expect((await readdir(dir)).filter((f) => f.includes('changed.zip'))).toEqual([]);
  });

  it('writes the same bytes for the same input, whatever the time zone or the order entries come in', async () => {
    const a = path.join(dir, 'det-a.zip');
    const b = path.join(dir, 'det-b.zip');
    await writeZip(a, entries());
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Jakarta';
    try {
      await writeZip(b, entries().reverse());
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    expect(Buffer.compare(await readFile(a), await readFile(b))).toBe(0);
  });

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await writeZip(path.join(dir, 'p.zip'), entries(), (p) => seen.push(p.done));
    expect(seen.at(-1)).toBe(100_000 + 750 + 30);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('leaves nothing behind when the output folder cannot be written (CK921)', async () => {
    const locked = path.join(dir, 'locked');
    await rm(locked, { recursive: true, force: true });
    await writeFile(path.join(dir, 'placeholder'), '');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(locked);
    await chmod(locked, 0o500);
    try {
      // root ignores permission bits; a path under a file cannot be created by anyone.
      const out = process.getuid?.() === 0 ? path.join(dir, 'placeholder', 'x.zip') : path.join(locked, 'x.zip');
      await expect(writeZip(out, entries())).rejects.toMatchObject({ code: 'CK921' });
      expect(await readdir(locked)).toEqual([]);
    } finally {
      await chmod(locked, 0o700);
    }
  });

  it('leaves nothing at out, no temporary file and no folder it made, when a source file fails mid-way (CK920)', async () => {
    const folder = path.join(dir, 'atomic');
    const out = path.join(folder, 'deeper', 'x.zip');
    const broken = [...entries(), { path: 'gone.mp3', source: path.join(dir, 'does-not-exist.mp3'), size: 10 }];
    await expect(writeZip(out, broken)).rejects.toMatchObject({ code: 'CK920' });
    expect(await readdir(dir)).not.toContain('atomic');
    // A folder that was there before stays, empty as it was.
    await mkdir(folder);
    await expect(writeZip(path.join(folder, 'x.zip'), broken)).rejects.toMatchObject({ code: 'CK920' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses an out that is a folder', async () => {
    await expect(writeZip(dir, entries())).rejects.toMatchObject({ code: 'CK921', message: expect.stringContaining('it is a folder') });
  });
});
