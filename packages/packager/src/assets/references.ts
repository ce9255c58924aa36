/** A file the course points at, and where: the JSON pointer of the reference in the resolved course. */
export interface AssetReference {
  /** The path as the author wrote it. */
  path: string;
  pointer: string;
}

// Every asset field of the course format (schema format/*.ts, type AssetPath) is named `src` or
// `poster`: images, audio, video and posters, caption tracks, avatars, card and node images, the certificate logo, stamp and signature.
const ASSET_KEYS: ReadonlySet<string> = new Set(['src', 'poster']);

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Every asset reference in a course, in document order, with its JSON pointer (RFC 6901).
 *
 * @example
 * assetReferences({ modules: [{ pages: [{ blocks: [{ type: 'image', src: 'assets/a.png' }] }] }] });
 * // [{ path: 'assets/a.png', pointer: '/modules/0/pages/0/blocks/0/src' }]
 */
export function assetReferences(course: unknown): AssetReference[] {
  const found: AssetReference[] = [];
  // The segments above the value being walked; a pointer is made only for a reference found.
  const segments: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        segments.push(String(i));
        walk(value[i]);
        segments.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        const segment = key.includes('~') || key.includes('/') ? escapePointer(key) : key;
        if (ASSET_KEYS.has(key) && typeof child === 'string') found.push({ path: child, pointer: `/${[...segments, segment].join('/')}` });
        else if (child !== null && typeof child === 'object') {
          segments.push(segment);
          walk(child);
          segments.pop();
        }
      }
    }
  };
  walk(course);
  return found;
}
