/**
 * The codec's alphabet: RFC 4648 §5 base64url without padding. Letters, digits, "-" and "_"
 * only, so the string is safe in SCORM 1.2 CMIString4096, in 2004 characterstring, in URLs
 * and in localStorage, and no LMS escapes or trims any of it.
 */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const LOOKUP: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));

/** Six bits per character; the last character is padded with zero bits. */
export function bitsToBase64(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = v * 2 + (bits[i + j] ?? 0);
    out += ALPHABET[v];
  }
  return out;
}

/** The bits of a base64url string, or null if a character is outside the alphabet. */
export function base64ToBits(text: string): number[] | null {
  const bits: number[] = [];
  for (const c of text) {
    const v = LOOKUP[c];
    if (v === undefined) return null;
    for (let j = 5; j >= 0; j--) bits.push((v >> j) & 1);
  }
  return bits;
}

/** An unsigned integer below 64^width as `width` characters. */
export function uintToBase64(value: number, width: number): string {
  let out = '';
  for (let i = width - 1; i >= 0; i--) out += ALPHABET[Math.floor(value / 64 ** i) % 64];
  return out;
}

/** The value of `width` characters, or null if one is outside the alphabet. */
export function base64ToUint(text: string): number | null {
  let v = 0;
  for (const c of text) {
    const d = LOOKUP[c];
    if (d === undefined) return null;
    v = v * 64 + d;
  }
  return v;
}
