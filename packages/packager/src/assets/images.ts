import { open } from 'node:fs/promises';
import { imageSize } from 'image-size';
import type { PackageProblem } from '../errors';
import { IMAGE, imageOverBudget } from './budget';
import type { Asset } from './resolve';

/** Raster images, which have an intrinsic size the page must reserve before the file arrives. */
const RASTER = /\.(png|jpe?g|gif|webp|avif|bmp)$/i;

/** What image-size's own file reader reads of a file at most: enough for any header it knows. */
const HEADER_BYTES = 512 * 1024;

/** The first HEADER_BYTES of a file, read into `into` (one buffer for every image, so measuring 200 pictures leaves no garbage behind). */
async function head(file: string, into: Buffer): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead } = await handle.read(into, 0, into.length, 0);
    return into.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Intrinsic sizes of the course's raster images, by package path: `[width, height]` in pixels. */
export type ImageSizes = Record<string, [number, number]>;

/**
 * Measures every raster image among the assets (with image-size, from the file's header) and
 * warns (CK740) about each image over `budget` bytes. An image whose size cannot be read is left
 * out of the result: the player then shows it without reserved space, as before.
 *
 * @example
 * const { sizes, problems } = await measureImages(assets, { courseFile, budget: 200 * 1024 });
 * sizes['assets/kantor.jpg']; // [1600, 900]
 */
export async function measureImages(
  assets: readonly Asset[],
  options: { courseFile: string; budget: number; /** Images re-encoded by --optimize-images, measured instead of the files. */ replaced?: ReadonlyMap<string, Uint8Array> },
): Promise<{ sizes: ImageSizes; problems: PackageProblem[] }> {
  const sizes: ImageSizes = {};
  const problems: PackageProblem[] = [];
  const buffer = Buffer.allocUnsafe(HEADER_BYTES);
  for (const asset of assets) {
    if (!IMAGE.test(asset.path)) continue;
    const replaced = options.replaced?.get(asset.path);
    const bytes = replaced?.byteLength ?? asset.size;
    const over = imageOverBudget(asset, bytes, options.budget, { courseFile: options.courseFile, optimized: replaced !== undefined });
    if (over) problems.push(over);
    if (!RASTER.test(asset.path)) continue;
    try {
      // From the file, at most its first 512 KiB, as image-size's file reader would: a large image is never held whole.
      const { width, height } = imageSize(replaced ?? (await head(asset.source, buffer)));
      if (width && height) sizes[asset.path] = [width, height];
    } catch {
      // Not an image this extension promises (or a damaged one): no size to reserve.
    }
  }
  return { sizes, problems };
}
