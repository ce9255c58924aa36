import { describe, expect, it } from 'vitest';
import { seeded } from '../../test/servers/fixture';
import { sampleStatements } from '../../test/lrs';
import { backoffDelay, retryAfterMs } from './backoff';
import { KEEPALIVE_BUDGET, keepaliveBodies } from './keepalive';

describe('backoff', () => {
  it('doubles from the base to the cap, jittered between half and all of it', () => {
    const low = [1, 2, 3, 4, 5, 12].map((n) => backoffDelay(n, { baseMs: 1000, maxMs: 8000, random: () => 0 }));
    const high = [1, 2, 3, 4, 5, 12].map((n) => backoffDelay(n, { baseMs: 1000, maxMs: 8000, random: () => 0.999999 }));
    expect(low).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    expect(high).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads learners who failed together over the whole window', () => {
    const random = seeded(42);
    const delays = Array.from({ length: 1000 }, () => backoffDelay(3, { baseMs: 1000, random }));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4000);
    expect(new Set(delays).size).toBeGreaterThan(500);
  });

  it('never waits less than Retry-After', () => {
    expect(backoffDelay(1, { random: () => 0 }, 30_000)).toBe(30_000);
    expect(backoffDelay(6, { random: () => 0 }, 1000)).toBe(16_000);
  });

  it('reads Retry-After as seconds or an HTTP date, capped at an hour', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:30 GMT'))).toBe(30_000);
    expect(retryAfterMs('86400')).toBe(3_600_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describe('keepalive bodies', () => {
  it('fit the 64 KiB keepalive limit together, keep the order and leave the rest queued', () => {
    const statements = sampleStatements(400);
    const bodies = keepaliveBodies(statements);
    const bytes = bodies.reduce((n, b) => n + new TextEncoder().encode(b.body).length, 0);
    expect(bytes).toBeLessThanOrEqual(KEEPALIVE_BUDGET);
    expect(bytes).toBeGreaterThan(KEEPALIVE_BUDGET - 1000);
    const sent = bodies.flatMap((b) => b.ids);
    expect(sent).toEqual(statements.slice(0, sent.length).map((s) => s.id));
    expect(bodies.every((b) => b.ids.length <= 100)).toBe(true);
    expect(JSON.parse(bodies[0]!.body)).toEqual(statements.slice(0, bodies[0]!.ids.length));
  });

  it('sends nothing rather than something out of order when the first statement is too large', () => {
    const [big, small] = sampleStatements(2);
    const huge = { ...big!, result: { response: 'x'.repeat(70_000) } };
    expect(keepaliveBodies([huge, small!])).toEqual([]);
  });
});
