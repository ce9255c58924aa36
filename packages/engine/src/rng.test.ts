import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, shuffled } from './rng';

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
