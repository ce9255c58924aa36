import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleStatements } from '../../test/lrs';
import { StatementQueue } from '../queue/queue';
import type { LrsClient } from './client';
import { Delivery } from './delivery';
import { KEEPALIVE_BUDGET } from './keepalive';

/** An LRS whose keepalive requests stay in flight (the page is closing): records every body sent. */
function closingPageLrs() {
  const bodies: string[] = [];
  const lrs = { postStatements: (_s: unknown, o: { body?: string }) => (bodies.push(o.body ?? ''), new Promise(() => {})) } as unknown as LrsClient;
  return { lrs, bodies, ids: () => bodies.flatMap((b) => (JSON.parse(b) as Array<{ id: string }>).map((s) => s.id)) };
}

describe('Delivery.flushWithKeepalive as a page closes', () => {
  it('sends what is not already on its way: the closing statement added after pagehide goes alone', async () => {
    const queue = await StatementQueue.open('keepalive|course', { indexedDB: new IDBFactory() });
    const { lrs, bodies, ids } = closingPageLrs();
    const delivery = new Delivery(queue, lrs, { isOnline: () => true });
    const [a, b, terminated] = sampleStatements(3);
    await queue.enqueue([a!, b!]);
    delivery.flushWithKeepalive(); // pagehide
    await queue.enqueue([terminated!]);
    delivery.flushWithKeepalive(); // the session terminates
    expect(bodies).toHaveLength(2);
    expect(ids()).toEqual([a!.id, b!.id, terminated!.id]);
  });

  it('never puts more than the keepalive budget in flight across calls', async () => {
    const queue = await StatementQueue.open('keepalive-budget|course', { indexedDB: new IDBFactory() });
    const { lrs, bodies } = closingPageLrs();
    const delivery = new Delivery(queue, lrs, { isOnline: () => true });
    const big = sampleStatements(40).map((s) => ({ ...s, result: { response: 'x'.repeat(3000) } }));
    await queue.enqueue(big);
    delivery.flushWithKeepalive();
    delivery.flushWithKeepalive();
    const inFlight = bodies.reduce((n, b) => n + new TextEncoder().encode(b).length, 0);
    expect(inFlight).toBeGreaterThan(KEEPALIVE_BUDGET / 2);
    expect(inFlight).toBeLessThanOrEqual(KEEPALIVE_BUDGET);
  });
});
