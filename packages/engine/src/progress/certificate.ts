/** Letters and digits that cannot be misread for one another: no 0/O, 1/I, and 32 of them (5 bits each). */
export const CERTIFICATE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** What a certificate number is made from: the same inputs always give the same number. */
export interface CertificateNumberInput {
  /** The course's id prefix (`certificate.idPrefix`, default `CK`). */
  prefix: string;
  /** The course id. */
  courseId: string;
  /** Who earned it: the learner's id in the LMS or LRS, or (with none) the learner's seed. */
  learner: string;
  /** The attempt it was earned in, from 1. */
  attempt: number;
}

// FNV-1a, 64 bits (draft-eastlake-fnv: offset basis 14695981039346656037, prime 1099511628211).
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash;
}

/**
 * The Luhn mod N check character over CERTIFICATE_ALPHABET (N = 32): from the rightmost character
 * leftwards, every second code point value is doubled and its base-32 digits added; the check is
 * the value that brings the sum to a multiple of 32. It catches every single mistyped character
 * and every swap of two neighbours.
 *
 * @example
 * checkCharacter('4F7K9Q2M'); // one character of CERTIFICATE_ALPHABET
 */
export function checkCharacter(body: string): string {
  const n = CERTIFICATE_ALPHABET.length;
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let v = CERTIFICATE_ALPHABET.indexOf(body[i]!);
    if (v < 0) throw new RangeError(`"${body[i]}" is not a certificate number character`);
    if (double) {
      v *= 2;
      v = Math.floor(v / n) + (v % n);
    }
    sum += v;
    double = !double;
  }
  return CERTIFICATE_ALPHABET[(n - (sum % n)) % n]!;
}

/**
 * A certificate number, e.g. `IR-4F7K-9Q2M-X`: the course's prefix, eight characters of the
 * unambiguous alphabet and a check character. The eight characters are the top 40 bits of the
 * 64-bit FNV-1a hash of the UTF-8 text `courseId + "\n" + learner + "\n" + attempt`, five bits a
 * character; the check character is {@link checkCharacter} over them. So an organiser who knows
 * the course, the learner's id and the attempt can compute the number again, and a mistyped
 * number fails {@link isCertificateNumber}. Numbers are not registered: two learners may (rarely,
 * one in 2^40) share one.
 *
 * @example
 * certificateNumber({ prefix: 'IR', courseId: 'integrity-ranger', learner: '199001012015011001', attempt: 1 });
 */
export function certificateNumber(input: CertificateNumberInput): string {
  const top = fnv1a64(`${input.courseId}\n${input.learner}\n${input.attempt}`) >> 24n;
  let body = '';
  for (let shift = 35n; shift >= 0n; shift -= 5n) body += CERTIFICATE_ALPHABET[Number((top >> shift) & 31n)];
  return `${input.prefix}-${body.slice(0, 4)}-${body.slice(4)}-${checkCharacter(body)}`;
}

/**
 * Whether a text is a well-formed certificate number with a right check character (case and
 * spaces around are forgiven; the prefix is not checked against a course).
 *
 * @example
 * isCertificateNumber('IR-4F7K-9Q2M-X'); // true only when X is the check character of 4F7K9Q2M
 */
export function isCertificateNumber(text: string): boolean {
  const m = /^[A-Z0-9]{1,12}-([2-9A-HJ-NP-Z]{4})-([2-9A-HJ-NP-Z]{4})-([2-9A-HJ-NP-Z])$/.exec(text.trim().toUpperCase());
  return m !== null && checkCharacter(m[1]! + m[2]!) === m[3];
}
