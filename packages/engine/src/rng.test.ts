import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, shuffled } from './rng';
import { certificateId, CERTIFICATE_ALPHABET } from './progress/certificate';

describe('createRng', () => {
  // Pinned values: a change here would change every resumed learner's draws.
  it('is mulberry32: the same numbers for the same seed, on every platform', () => {
    const rng = createRng(42);
    expect([rng.next(), rng.next(), rng.next()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    expect(createRng(0).next()).toBe(0.26642920868471265);
  });
  it('gives integers below n, spread evenly', () => {
    const rng = createRng(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[rng.int(4)]!++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(100);
  });
  it('derives independent seeds per label', () => {
    expect(deriveSeed(1, 'a', 1)).not.toBe(deriveSeed(1, 'a', 2));
    expect(deriveSeed(1, 'a', 1)).toBe(deriveSeed(1, 'a', 1));
    expect(deriveSeed(1, 'ab', 1)).not.toBe(deriveSeed(1, 'a', 'b1'));
  });
  it('shuffles into a new array, keeping every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const out = shuffled(items, createRng(3));
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('certificateId', () => {
  it('is prefix, year, and two groups from the unambiguous alphabet', () => {
    const id = certificateId('IR', 5, Date.UTC(2026, 0, 1, 0, 0, 0));
    expect(id).toMatch(/^IR-2026-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(CERTIFICATE_ALPHABET).toHaveLength(32);
    expect(CERTIFICATE_ALPHABET).not.toMatch(/[01IO]/);
    expect(certificateId('IR', 5, Date.UTC(2026, 0, 1))).toBe(id);
    expect(certificateId('IR', 6, Date.UTC(2026, 0, 1))).not.toBe(id);
  });
  it('rarely collides across learners', () => {
    const ids = new Set(Array.from({ length: 20_000 }, (_, seed) => certificateId('CK', seed, Date.UTC(2026, 5, 1))));
    expect(ids.size).toBe(20_000);
  });
});
