/** How long to wait between failed attempts. */
export interface BackoffOptions {
  /** The first wait, before jitter. Default 1 s. */
  baseMs?: number;
  /** The longest wait, before jitter. Default 5 min. */
  maxMs?: number;
  /** A number in [0, 1): Math.random by default; tests pass a seeded one. */
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": the n-th consecutive failure waits between half and
 * all of min(max, base·2^(n−1)), so learners who lost the network together do not all come back
 * in the same second. A Retry-After from the server (429, 503) is a floor, never shortened.
 *
 * @example
 * backoffDelay(1, { random: () => 0.5 }); // 750 (between 500 and 1000)
 * backoffDelay(4, { random: () => 0 }); // 4000
 * backoffDelay(1, { random: () => 0 }, 30_000); // 30000, the server asked for 30 s
 */
export function backoffDelay(failures: number, options: BackoffOptions = {}, retryAfterMs?: number): number {
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 300_000;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, failures - 1));
  const jittered = Math.round(ceiling / 2 + random() * (ceiling / 2));
  return retryAfterMs !== undefined && retryAfterMs > jittered ? retryAfterMs : jittered;
}

/**
 * Milliseconds a Retry-After header asks for (RFC 9110 10.2.3: delay-seconds or an HTTP date),
 * capped at one hour; undefined when absent or unreadable.
 *
 * @example
 * retryAfterMs('120'); // 120000
 * retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:30 GMT')); // 30000
 */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  const cap = (ms: number) => Math.max(0, Math.min(ms, 3_600_000));
  if (/^\d+$/.test(value)) return cap(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : cap(date - now);
}
