import { createRng, deriveSeed } from '../rng';

/** Letters and digits that cannot be misread for one another: no 0/O, 1/I, and 32 of them (5 bits each). */
export const CERTIFICATE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A certificate id: prefix, the year of issue (UTC), and two groups of four characters from
 * the unambiguous alphabet, e.g. "IR-2026-4F7K-9Q2M". Each group comes from its own stream
 * of the seeded generator, fed the learner's seed and the moment of issue, so ids are stable
 * for a given learner and moment and spread over 32^8 values across learners. Ids are random,
 * not registered: a registry that needs uniqueness checks for collisions.
 *
 * @example
 * certificateId('CKT', 7, Date.UTC(2026, 10, 24)); // e.g. "CKT-2026-K7Q3-8MZD"
 */
export function certificateId(prefix: string, seed: number, issuedAt: number): string {
  const year = new Date(issuedAt).getUTCFullYear();
  const group = (n: number): string => {
    const rng = createRng(deriveSeed(seed, 'certificate', n, issuedAt));
    let out = '';
    for (let i = 0; i < 4; i++) out += CERTIFICATE_ALPHABET[rng.int(CERTIFICATE_ALPHABET.length)];
    return out;
  };
  return `${prefix}-${year}-${group(1)}-${group(2)}`;
}
