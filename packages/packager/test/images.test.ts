import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildPackage } from '../src/index';
import { unvalidatedLoader } from '../src/course';
import { courseDir, fakePlayerDir, smallCourse } from './fixtures';
import { unzip } from './unzip';

/** A photo-like JPEG (noise does not compress), 3000 × 2000 pixels, as a phone camera writes it. */
async function bigPhoto(): Promise<Buffer> {
  const pixels = Buffer.alloc(3000 * 2000 * 3);
  let seed = 7;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = (i % 3 === 0 ? 120 : 60) + (seed % 64);
  }
  return sharp(pixels, { raw: { width: 3000, height: 2000, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

describe('images in a package', () => {
  it('records each raster image’s width and height in the course, and warns (CK740) about one over the budget', async () => {
    const photo = await bigPhoto();
    const c = await courseDir(smallCourse([{ type: 'image', src: 'assets/foto.jpg', alt: { id: 'Foto kantor', en: 'Office photo' } }]), { 'assets/foto.jpg': photo });
    try {
      const result = await buildPackage({ course: c.file, target: 'web', out: path.join(c.out, 'a.zip'), loadCourse: unvalidatedLoader, playerDir: await fakePlayerDir(c.base) });
      expect(photo.byteLength).toBe(PHOTO_BYTES);
      expect(result.warnings).toEqual([
        {
          code: 'CK740',
          severity: 'warning',
          message: `image "assets/foto.jpg" is ${Math.round(PHOTO_BYTES / 1024).toLocaleString('en-US')} KB (${PHOTO_BYTES.toLocaleString('en-US')} bytes), over the image budget of 200 KB (204,800 bytes)`,
          file: c.file,
          pointer: '/modules/0/pages/0/blocks/0/src',
          line: 31,
          column: 22,
          hint: 'build with --optimize-images to re-encode it, or resize it to the width it is shown at (at most 1600 pixels) and save it again; raise the budget with --image-budget <KB> if it must stay this large',
        },
      ]);
      expect(result.optimizedImages).toEqual([]);
      const dir = path.join(c.out, 'a');
      await unzip(result.out, dir);
      expect(JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8')).$images).toEqual({ 'assets/foto.jpg': [3000, 2000] });
    } finally {
      await c.cleanup();
    }
  }, 60_000);

  it('--optimize-images re-encodes an image over the budget: 1600 pixels wide, smaller, measured as packed', async () => {
    const c = await courseDir(smallCourse([{ type: 'image', src: 'assets/foto.jpg', alt: 'Foto' }]), { 'assets/foto.jpg': await bigPhoto() });
    try {
      const result = await buildPackage({ course: c.file, target: 'scorm12', out: path.join(c.out, 'b.zip'), loadCourse: unvalidatedLoader, playerDir: await fakePlayerDir(c.base), optimizeImages: true, imageBudget: 4096 * 1024 });
      expect(result.optimizedImages).toEqual([]);
      const small = await buildPackage({ course: c.file, target: 'scorm12', out: path.join(c.out, 'c.zip'), loadCourse: unvalidatedLoader, playerDir: await fakePlayerDir(c.base), optimizeImages: true });
      expect(small.optimizedImages).toEqual([{ path: 'assets/foto.jpg', before: PHOTO_BYTES, after: OPTIMIZED_BYTES, width: 1600, height: 1067 }]);
      expect(small.files.find((f) => f.path === 'assets/foto.jpg')?.size).toBe(OPTIMIZED_BYTES);
      const dir = path.join(c.out, 'c');
      await unzip(small.out, dir);
      expect(await sharp(path.join(dir, 'assets/foto.jpg')).metadata()).toMatchObject({ format: 'jpeg', width: 1600, height: 1067 });
      expect(JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8')).$images).toEqual({ 'assets/foto.jpg': [1600, 1067] });
    } finally {
      await c.cleanup();
    }
  }, 60_000);
});

const PHOTO_BYTES = 2_855_482;
const OPTIMIZED_BYTES = 54_056;
