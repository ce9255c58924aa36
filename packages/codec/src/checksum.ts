/**
 * 32-bit FNV-1a over the UTF-16 code units of a string: small, fast, and good enough to tell a
 * corrupted or foreign suspend_data from ours (the codec keeps 24 bits: a 1 in 16.7 million miss rate).
 * http://www.isthe.com/chongo/tech/comp/fnv/
 *
 * @example
 * fnv1a('coursekit'); // an unsigned 32-bit integer
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
