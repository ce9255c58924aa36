/**
 * A small seeded pseudo-random generator: every draw and shuffle in the engine comes from it,
 * so a learner resumed from a snapshot (which keeps the seed) sees the same questions.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, period 2^32, fast and good
 * enough for drawing questions; not for anything secret.
 *
 * @example
 * const rng = createRng(42);
 * rng.next(); // 0.6011037519201636, the same for seed 42 on every run
 * rng.int(6); // an integer 0..5
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}

/**
 * FNV-1a over the seed and some labels: one independent stream per purpose (an assessment
 * attempt, the certificate), so drawing in one place never shifts the draws of another.
 *
 * @example
 * createRng(deriveSeed(42, 'final-quiz', 2)); // the stream of attempt 2 of "final-quiz"
 */
export function deriveSeed(seed: number, ...labels: Array<string | number>): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const c of labels.join('\u0000')) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A Fisher–Yates shuffle into a new array; the input is left alone.
 *
 * @example
 * shuffled(['a', 'b', 'c'], createRng(1)); // the same order for seed 1 every time
 */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A fresh random seed for a new learner (32 bits). Uses Web Crypto where present.
 *
 * @example
 * new CourseEngine(course, { seed: randomSeed() });
 */
export function randomSeed(): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0]!;
  return Math.floor(Math.random() * 4294967296);
}
