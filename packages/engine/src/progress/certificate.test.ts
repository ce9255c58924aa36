import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ALPHABET, certificateNumber, checkCharacter, isCertificateNumber } from './certificate';

const input = { prefix: 'IR', courseId: 'integrity-ranger', learner: '199001012015011001', attempt: 1 };

describe('certificateNumber', () => {
  it('is the prefix, two groups of four from the unambiguous alphabet and a check character', () => {
    expect(CERTIFICATE_ALPHABET).toHaveLength(32);
    expect(CERTIFICATE_ALPHABET).not.toMatch(/[01IO]/);
    expect(certificateNumber(input)).toMatch(/^IR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]$/);
  });

  it('is the same for the same course, learner and attempt, and differs when any of them does', () => {
    const n = certificateNumber(input);
    expect(certificateNumber({ ...input })).toBe(n);
    expect(certificateNumber({ ...input, attempt: 2 })).not.toBe(n);
    expect(certificateNumber({ ...input, learner: '199001012015011002' })).not.toBe(n);
    expect(certificateNumber({ ...input, courseId: 'integrity-ranger-2' })).not.toBe(n);
  });

  // Worked example in docs: FNV-1a 64 of "integrity-ranger\n199001012015011001\n1", top 40 bits.
  it('matches the documented example', () => {
    expect(certificateNumber(input)).toBe('IR-U73L-6GRV-A');
  });

  it('rarely collides across learners', () => {
    const numbers = new Set(Array.from({ length: 20_000 }, (_, i) => certificateNumber({ ...input, learner: `learner-${i}` })));
    expect(numbers.size).toBe(20_000);
  });
});

describe('checkCharacter and isCertificateNumber', () => {
  it('computes Luhn mod 32 over the alphabet', () => {
    // "22222222": every value 0, so the sum is 0 and the check is the character of 0.
    expect(checkCharacter('22222222')).toBe('2');
    // "22222223": the rightmost 1 is doubled to 2; 32 - 2 = 30, the character "Y".
    expect(checkCharacter('22222223')).toBe('Y');
    expect(() => checkCharacter('2222222O')).toThrow('"O" is not a certificate number character');
  });

  it('accepts a number as issued, in lower case or with spaces around, and refuses every single mistyped character and every swap of neighbours', () => {
    const n = certificateNumber(input);
    expect(isCertificateNumber(n)).toBe(true);
    expect(isCertificateNumber(` ${n.toLowerCase()} `)).toBe(true);
    const chars = n.replace(/^IR-/, '').replace(/-/g, '');
    for (let i = 0; i < chars.length; i++) {
      for (const c of CERTIFICATE_ALPHABET) {
        if (c === chars[i]) continue;
        const typo = chars.slice(0, i) + c + chars.slice(i + 1);
        expect(isCertificateNumber(`IR-${typo.slice(0, 4)}-${typo.slice(4, 8)}-${typo[8]}`), typo).toBe(false);
      }
      if (i + 1 < chars.length && chars[i] !== chars[i + 1]) {
        const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
        expect(isCertificateNumber(`IR-${swapped.slice(0, 4)}-${swapped.slice(4, 8)}-${swapped[8]}`), swapped).toBe(false);
      }
    }
    expect(isCertificateNumber('IR-2026-4F7K-9Q2M')).toBe(false);
  });
});
