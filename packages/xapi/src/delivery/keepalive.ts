import type { Statement } from '../statements/types';

/**
 * The body limit of keepalive requests: the Fetch standard lets a page have at most 64 KiB of
 * keepalive bodies in flight (fetch 4.5 "HTTP-network-or-cache fetch", inflight keepalive bytes),
 * and a request over it fails at once. A little is kept back for the other keepalive requests.
 */
export const KEEPALIVE_BUDGET = 60 * 1024;

const encoder = new TextEncoder();

/**
 * Splits statements (oldest first) into POST bodies that together fit `budget` bytes, each a JSON
 * array: what can leave with a page that is closing. Statements that do not fit stay queued for
 * the next launch; order is kept, so nothing later overtakes something left behind.
 *
 * @example
 * const bodies = keepaliveBodies(queue.pending.map((q) => q.statement));
 * bodies[0].ids; // the statements in the first body
 */
export function keepaliveBodies(statements: readonly Statement[], budget = KEEPALIVE_BUDGET, maxPerBody = 100): Array<{ ids: string[]; body: string }> {
  const out: Array<{ ids: string[]; body: string }> = [];
  let used = 0;
  let ids: string[] = [];
  let parts: string[] = [];
  let size = 2;
  const close = () => {
    if (!ids.length) return;
    out.push({ ids, body: `[${parts.join(',')}]` });
    used += size;
    ids = [];
    parts = [];
    size = 2;
  };
  for (const statement of statements) {
    const json = JSON.stringify(statement);
    const bytes = encoder.encode(json).length + 1;
    if (used + size + bytes > budget || ids.length >= maxPerBody) {
      close();
      if (used + 2 + bytes > budget) break;
    }
    ids.push(statement.id);
    parts.push(json);
    size += bytes;
  }
  close();
  return out;
}
