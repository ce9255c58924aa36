import { isUtf8 } from 'node:buffer';

/** A file's bytes as text, or where they stop being UTF-8 (1-based line and column, as editors count). */
export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; byte: number; utf16: boolean };

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629, section 4). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence and the range its second byte may take (no overlongs, no surrogates, nothing past U+10FFFF).
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < lo || next > hi) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Decodes a course file strictly: bytes that are not UTF-8 are an error at their line and column,
 * never silently replaced by U+FFFD (which would then go into the package as the author's text).
 *
 * @example
 * const decoded = decodeUtf8(await readFile('course.json'));
 * if (!decoded.ok) console.error(`course.json:${decoded.line}:${decoded.column} is not UTF-8`);
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  const offset = firstInvalid(bytes);
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, Math.max(offset, 0)).toString('utf8');
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = before.split(/\r\n|\r|\n/).length;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return { ok: false, line, column: before.length - lineStart + 1, byte: bytes[Math.max(offset, 0)] ?? 0, utf16 };
}
