import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LrsClient } from '../src/delivery/client';
import { Delivery } from '../src/delivery/delivery';
import { StatementQueue } from '../src/queue/queue';
import { uuid } from '../src/statements/uuid';
import type { Statement } from '../src/statements/types';
import { postDirect, sampleStatements, statementsIn } from './lrs';
import { seeded } from './servers/fixture';
import { useLrsFixture } from './servers/use-fixture';

const server = useLrsFixture();
const { lrsEndpoint } = server;

/** A queue in a fresh IndexedDB and a delivery with short waits, talking to the LRS through the fixture. */
async function setUp(options: ConstructorParameters<typeof Delivery>[2] = {}) {
  const problems: Array<{ code: string; message: string; detail?: string }> = [];
  const queue = await StatementQueue.open('test', { indexedDB: new IDBFactory() });
  const lrs = new LrsClient({ endpoint: server.fixture.endpoint, auth: 'Basic dGVzdDp0ZXN0', timeoutMs: 1500 });
  const delivery = new Delivery(queue, lrs, { baseMs: 20, maxMs: 200, random: seeded(7), batchDelayMs: 0, onProblem: (p) => problems.push(p), ...options });
  return { queue, lrs, delivery, problems };
}

function resetStats() {
  server.fixture.setFaults(null);
  server.fixture.setConflictOnExisting(false);
  Object.assign(server.fixture.stats, { statementPosts: 0, statementGets: 0, statePuts: 0, postedBatchSizes: [] });
  server.fixture.stats.faults = { error500: 0, error429: 0, hang: 0, dropAfterStore: 0, delay: 0 };
}

const ids = (list: Statement[]) => list.map((s) => s.id).sort();

describe('delivery to a real LRS', () => {
  it('sends within the batch delay even while statements keep coming faster than it', async () => {
    resetStats();
    const { queue, delivery } = await setUp({ batchDelayMs: 300 });
    const registration = uuid();
    const statements = sampleStatements(12, registration);
    // A statement every 100 ms for 1.2 s: a sliding delay would never send before the last one.
    // The planned send is due 300 ms after the first; the burst lasts at least 1.1 s more, so even a
    // slow machine has had a POST by then (only its arrival is counted, not its answer).
    let postsBeforeLast = 0;
    for (const [i, statement] of statements.entries()) {
      if (i === statements.length - 1) postsBeforeLast = server.fixture.stats.statementPosts;
      await queue.enqueue([statement]);
      delivery.schedule();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(postsBeforeLast).toBeGreaterThanOrEqual(1);
    await delivery.drain(5000);
    expect((await statementsIn(lrsEndpoint, registration)).map((s) => s.id).sort()).toEqual(ids(statements));
    delivery.stop();
  });

  it('sends the queue in batches of 100, oldest first, and empties it', async () => {
    resetStats();
    const { queue, delivery, problems } = await setUp();
    const registration = uuid();
    const statements = sampleStatements(250, registration);
    await queue.enqueue(statements);
    await delivery.flush();
    expect(queue.size).toBe(0);
    expect(server.fixture.stats.postedBatchSizes).toEqual([100, 100, 50]);
    const stored = await statementsIn(lrsEndpoint, registration);
    expect(stored.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(problems).toEqual([]);
  });

  it('retries a batch whose answer was lost without duplicating a statement', async () => {
    resetStats();
    server.fixture.setFaults({ seed: 1, dropAfterStore: 1, limit: 2 });
    const { queue, delivery, problems } = await setUp();
    const registration = uuid();
    const statements = sampleStatements(30, registration);
    await queue.enqueue(statements);
    expect(await delivery.drain(20_000)).toBe(true);
    expect(server.fixture.stats.faults.dropAfterStore).toBe(2);
    // Stored once on the first try, sent twice more; the LRS holds each id once.
    expect(server.fixture.stats.postedBatchSizes).toEqual([30, 30, 30]);
    expect(ids(await statementsIn(lrsEndpoint, registration))).toEqual(ids(statements));
    expect(problems.map((p) => p.code)).toEqual(['CK712']);
  });

  it('resolves a batch refused with 409 statement by statement: GET by id, then POST what is missing', async () => {
    resetStats();
    const { queue, delivery, problems } = await setUp();
    const registration = uuid();
    const statements = sampleStatements(5, registration);
    // Another copy of statement 3 reached the LRS with different content (a conflict, xAPI Communication 2.1.2).
    expect(await postDirect(lrsEndpoint, [{ ...statements[2]!, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' } }])).toBe(200);
    await queue.enqueue(statements);
    await delivery.flush();
    expect(queue.size).toBe(0);
    expect(server.fixture.stats.statementPosts).toBe(1 + 4);
    expect(server.fixture.stats.statementGets).toBe(5);
    expect(ids(await statementsIn(lrsEndpoint, registration))).toEqual(ids(statements));
    expect(problems).toEqual([]);
  });

  it('resolves an LRS that refuses any batch holding a known id (409), without duplicates', async () => {
    resetStats();
    server.fixture.setConflictOnExisting(true);
    const { queue, delivery } = await setUp();
    const registration = uuid();
    const statements = sampleStatements(8, registration);
    expect(await postDirect(lrsEndpoint, statements.slice(0, 3))).toBe(200);
    await queue.enqueue(statements);
    await delivery.flush();
    expect(queue.size).toBe(0);
    expect(ids(await statementsIn(lrsEndpoint, registration))).toEqual(ids(statements));
  });

  it('sets aside a statement the LRS rejects as invalid, reports it, and delivers the rest', async () => {
    resetStats();
    const { queue, delivery, problems } = await setUp();
    const registration = uuid();
    const statements = sampleStatements(10, registration);
    const bad = { ...statements[6]!, verb: { id: 'not an IRI' } } as Statement;
    statements[6] = bad;
    await queue.enqueue(statements);
    await delivery.flush();
    expect(queue.size).toBe(0);
    expect(ids(await statementsIn(lrsEndpoint, registration))).toEqual(ids(statements.filter((s) => s !== bad)));
    const aside = await queue.setAsideStatements();
    expect(aside.map((a) => [a.statement.id, a.reason, a.status])).toEqual([[bad.id, 'rejected', 400]]);
    expect(aside[0]!.message).toContain("statements.0.verb.id");
    expect(problems.map((p) => p.code)).toEqual(['CK710']);
    expect(problems[0]!.message).toBe(`The LRS rejected statement ${bad.id} (not an IRI urn:coursekit:sample/page/p6) as invalid (HTTP 400); it is set aside and not sent again.`);
    // Halving found it: 10 → 5 → 3 → 2 → 1, never resent after.
    await delivery.flush();
    expect((await queue.setAsideStatements()).length).toBe(1);
  });

  it('waits at least as long as Retry-After asks before trying again', async () => {
    resetStats();
    server.fixture.setFaults({ seed: 3, error429: 1, retryAfterSeconds: 1, limit: 1 });
    const times: number[] = [];
    const { queue, delivery, problems } = await setUp({ onDelivered: () => times.push(Date.now()) });
    const registration = uuid();
    await queue.enqueue(sampleStatements(3, registration));
    const start = Date.now();
    expect(await delivery.drain(10_000)).toBe(true);
    expect(server.fixture.stats.faults.error429).toBe(1);
    expect(times[0]! - start).toBeGreaterThanOrEqual(1000);
    expect(problems[0]!.code).toBe('CK712');
    expect(problems[0]!.message).toMatch(/^The LRS did not take 3 statement\(s\) \(HTTP 429\); 3 are kept and sending is retried in 1 s\.$/);
  });

  it('backs off through 500s and timeouts, then delivers everything exactly once', async () => {
    resetStats();
    server.fixture.setFaults({ seed: 11, error500: 0.3, hang: 0.15, dropAfterStore: 0.15, hangMs: 3000 });
    const { queue, delivery } = await setUp({ batchSize: 20 });
    const registration = uuid();
    const statements = sampleStatements(200, registration);
    await queue.enqueue(statements);
    expect(await delivery.drain(45_000)).toBe(true);
    server.fixture.setFaults(null);
    const f = server.fixture.stats.faults;
    expect(f.error500 + f.hang + f.dropAfterStore).toBeGreaterThan(3);
    const stored = await statementsIn(lrsEndpoint, registration);
    expect(stored).toHaveLength(200);
    expect(ids(stored)).toEqual(ids(statements));
  });

  it('sends nothing while the browser is offline', async () => {
    resetStats();
    let online = false;
    const { queue, delivery } = await setUp({ isOnline: () => online });
    const registration = uuid();
    await queue.enqueue(sampleStatements(4, registration));
    await delivery.flush();
    expect(server.fixture.stats.statementPosts).toBe(0);
    expect(queue.size).toBe(4);
    online = true;
    await delivery.flush();
    expect(queue.size).toBe(0);
    expect(await statementsIn(lrsEndpoint, registration)).toHaveLength(4);
  });
});
