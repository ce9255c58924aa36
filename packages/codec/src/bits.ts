/**
 * Bit-level writer and reader behind the suspend_data codec. Numbers are written most
 * significant bit first; values up to 2^53 are handled with arithmetic, not 32-bit bit ops.
 */

/** Bits needed to tell `n` values apart (0 for a single value). */
export function bitsFor(n: number): number {
  let bits = 0;
  while (2 ** bits < n) bits++;
  return bits;
}

/**
 * Collects bits, then renders them as base64url characters.
 *
 * @example
 * const w = new BitWriter();
 * w.uint(5, 3);
 * w.toBase64(); // "o"
 */
export class BitWriter {
  readonly bits: number[] = [];

  /** Write `value` (0 ≤ value < 2^width) in `width` bits. */
  uint(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  bool(value: boolean): void {
    this.bits.push(value ? 1 : 0);
  }

  /** A variable-length unsigned integer: groups of `chunk` bits, each followed by a "more" bit. */
  varuint(value: number, chunk = 4): void {
    const groups: number[] = [];
    let rest = value;
    do {
      groups.push(rest % 2 ** chunk);
      rest = Math.floor(rest / 2 ** chunk);
    } while (rest > 0);
    for (let i = 0; i < groups.length; i++) {
      this.uint(groups[i]!, chunk);
      this.bool(i < groups.length - 1);
    }
  }

  /** An IEEE 754 double, all 64 bits, so any number round-trips exactly. */
  float64(value: number): void {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    for (let i = 0; i < 8; i++) this.uint(view.getUint8(i), 8);
  }

  /** UTF-8 bytes preceded by their count. */
  text(value: string): void {
    const bytes = new TextEncoder().encode(value);
    this.varuint(bytes.length, 7);
    for (const byte of bytes) this.uint(byte, 8);
  }

  get length(): number {
    return this.bits.length;
  }
}

/** Thrown by BitReader when the data ends early or holds an impossible value; the codec turns it into a result. */
export class CorruptDataError extends Error {
  override name = 'CorruptDataError';
}

/**
 * Reads what BitWriter wrote.
 *
 * @example
 * new BitReader([1, 0, 1]).uint(3); // 5
 */
export class BitReader {
  private pos = 0;
  constructor(private readonly bits: readonly number[]) {}

  uint(width: number): number {
    if (this.pos + width > this.bits.length) throw new CorruptDataError(`data ends at bit ${this.bits.length}, needed ${this.pos + width}`);
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + this.bits[this.pos++]!;
    return value;
  }

  /** An index below `n`, checked. */
  index(n: number): number {
    const value = this.uint(bitsFor(n));
    if (value >= n) throw new CorruptDataError(`index ${value} out of range 0..${n - 1}`);
    return value;
  }

  bool(): boolean {
    return this.uint(1) === 1;
  }

  varuint(chunk = 4): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      value += this.uint(chunk) * scale;
      scale *= 2 ** chunk;
      if (!this.bool()) break;
      if (scale > 2 ** 60) throw new CorruptDataError('integer longer than 60 bits');
    }
    return value;
  }

  float64(): number {
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 8; i++) view.setUint8(i, this.uint(8));
    return view.getFloat64(0);
  }

  text(): string {
    const length = this.varuint(7);
    if (this.pos + length * 8 > this.bits.length) throw new CorruptDataError(`text of ${length} bytes runs past the end`);
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = this.uint(8);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }

  /** Bits not read yet. */
  get remaining(): number {
    return this.bits.length - this.pos;
  }
}
