import { imageSize } from 'image-size';
import { imageSizeFromFile } from 'image-size/fromFile';
import { PACKAGE_ERROR, type PackageProblem } from '../errors';
import type { Asset } from './resolve';

/** Raster images, which have an intrinsic size the page must reserve before the file arrives. */
const RASTER = /\.(png|jpe?g|gif|webp|avif|bmp)$/i;
/** Every image the budget applies to. */
const IMAGE = /\.(png|jpe?g|gif|webp|avif|bmp|svg)$/i;

/** The image budget when the author sets none: 200 KB, a few seconds each on a slow mobile network. */
export const DEFAULT_IMAGE_BUDGET = 200 * 1024;

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
  for (const asset of assets) {
    if (!IMAGE.test(asset.path)) continue;
    const replaced = options.replaced?.get(asset.path);
    const bytes = replaced?.byteLength ?? asset.size;
    if (bytes > options.budget) {
      problems.push({
        code: PACKAGE_ERROR.imageOverBudget,
        severity: 'warning',
        message: `image "${asset.path}" is ${kb(bytes)}${replaced ? ' once optimized' : ''}, over the image budget of ${kb(options.budget)}`,
        file: options.courseFile,
        pointer: asset.pointer,
        hint: 'build with --optimize-images to re-encode it, or resize it to the width it is shown at (at most 1600 pixels) and save it again; raise the budget with --image-budget <KB> if it must stay this large',
      });
    }
    if (!RASTER.test(asset.path)) continue;
    try {
      // From the file, image-size reads at most its first 512 KiB: a large image is never held whole.
      const { width, height } = replaced ? imageSize(replaced) : await imageSizeFromFile(asset.source);
      if (width && height) sizes[asset.path] = [width, height];
    } catch {
      // Not an image this extension promises (or a damaged one): no size to reserve.
    }
  }
  return { sizes, problems };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB (${bytes.toLocaleString('en-US')} bytes)`;
