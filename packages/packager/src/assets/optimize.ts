import type { Asset } from './resolve';

/** What --optimize-images did to one image. */
export interface OptimizedImage {
  path: string;
  /** Bytes before and after. */
  before: number;
  after: number;
  /** Pixel size after (the width is at most MAX_WIDTH). */
  width: number;
  height: number;
}

/** The widest an optimized image stays: twice a 800-pixel column, for sharp text on a phone's dense screen. */
export const MAX_WIDTH = 1600;

const ENCODABLE = /\.(png|jpe?g|webp)$/i;

/**
 * Re-encodes every JPEG, PNG and WebP image over `budget` bytes with sharp (libvips): at most
 * 1600 pixels wide, JPEG by mozjpeg at quality 78, PNG as a palette image, WebP at quality 78,
 * in its own format so every reference stays valid. A result is kept only when it is smaller.
 * sharp is loaded only here, so builds without --optimize-images never load it.
 *
 * @example
 * const { data, optimized } = await optimizeImages(assets, 200 * 1024);
 * optimized[0]; // { path: 'assets/kantor.jpg', before: 912345, after: 143210, width: 1600, height: 900 }
 */
export async function optimizeImages(assets: readonly Asset[], budget: number): Promise<{ data: Map<string, Uint8Array>; optimized: OptimizedImage[] }> {
  const data = new Map<string, Uint8Array>();
  const optimized: OptimizedImage[] = [];
  const over = assets.filter((a) => ENCODABLE.test(a.path) && a.size > budget);
  if (over.length === 0) return { data, optimized };
  const { default: sharp } = await import('sharp');
  for (const asset of over) {
    const image = sharp(asset.source).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true });
    const ext = asset.path.slice(asset.path.lastIndexOf('.') + 1).toLowerCase();
    const encoded = ext === 'png' ? image.png({ palette: true, quality: 80, compressionLevel: 9, effort: 7 }) : ext === 'webp' ? image.webp({ quality: 78 }) : image.jpeg({ quality: 78, mozjpeg: true });
    const { data: out, info } = await encoded.toBuffer({ resolveWithObject: true });
    if (out.byteLength >= asset.size) continue;
    data.set(asset.path, out);
    optimized.push({ path: asset.path, before: asset.size, after: out.byteLength, width: info.width, height: info.height });
  }
  return { data, optimized };
}
