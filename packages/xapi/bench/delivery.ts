/**
 * pnpm bench: 10,000 statements queued while offline, then flushed to a real LRS (Learning Locker
 * on 127.0.0.1), against one request per statement in the same run. Prints requests, time and the
 * ratio; checks the LRS holds every statement once.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { LrsClient } from '../src/delivery/client';
import { Delivery } from '../src/delivery/delivery';
import { StatementQueue } from '../src/queue/queue';
import { uuid } from '../src/statements/uuid';
import { sampleStatements, statementsIn } from '../test/lrs';
import { startFixture } from '../test/servers/fixture';
import { startLearningLocker } from '../test/servers/lrs';

const N = Number(process.env.CK_BENCH_STATEMENTS ?? 10_000);
const AUTH = 'Basic dGVzdDp0ZXN0';

async function baseline(endpoint: string, counter: { statementPosts: number }): Promise<{ requests: number; ms: number; stored: number }> {
  const registration = uuid();
  const statements = sampleStatements(N, registration, 'baseline');
  const lrs = new LrsClient({ endpoint, auth: AUTH });
  const before = counter.statementPosts;
  const start = performance.now();
  // One POST per statement, six at a time (a browser's connections per host over HTTP/1.1).
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < statements.length) {
        const s = statements[next++]!;
        const r = await lrs.postStatements([s]);
        if (!r.ok) throw new Error(`baseline POST failed: ${JSON.stringify(r)}`);
      }
    }),
  );
  return { requests: counter.statementPosts - before, ms: performance.now() - start, stored: 0 };
}

async function coursekit(endpoint: string, counter: { statementPosts: number }): Promise<{ requests: number; ms: number; queueMs: number; registration: string }> {
  const registration = uuid();
  const statements = sampleStatements(N, registration, 'coursekit');
  let online = false;
  const queue = await StatementQueue.open(`bench|${registration}`, { indexedDB: new IDBFactory() });
  const delivery = new Delivery(queue, new LrsClient({ endpoint, auth: AUTH }), { isOnline: () => online, batchDelayMs: 0 });
  const q0 = performance.now();
  // Queued while offline, as the course emits them: one at a time.
  for (const s of statements) void queue.enqueue([s]);
  await queue.settled();
  const queueMs = performance.now() - q0;
  const before = counter.statementPosts;
  online = true;
  const start = performance.now();
  await delivery.flush();
  const ms = performance.now() - start;
  if (queue.size) throw new Error(`${queue.size} statements left in the queue`);
  return { requests: counter.statementPosts - before, ms, queueMs, registration };
}

async function bundleSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    build: { write: false, minify: true, target: 'es2022', lib: { entry: resolve(root, entry), formats: ['es'], fileName: 'x' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const code = (outputs[0] as { output: Array<{ type: string; code?: string }> }).output.filter((o) => o.type === 'chunk').map((o) => o.code ?? '').join('');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code).length };
}

const lrs = await startLearningLocker();
const fixture = await startFixture(lrs.endpoint);
try {
  const base = await baseline(fixture.endpoint, fixture.stats);
  const ck = await coursekit(fixture.endpoint, fixture.stats);
  const stored = await statementsIn(lrs.endpoint, ck.registration);
  const ids = new Set(stored.map((s) => s.id));
  const lost = N - ids.size;
  console.log(`\n@coursekit/xapi delivery, ${N} statements, Learning Locker on 127.0.0.1`);
  // The baseline runs first, so the batched run meets an LRS already holding N more statements.
  console.log(`  one request per statement : ${base.requests} requests, ${(base.ms / 1000).toFixed(2)} s`);
  console.log(`  CourseKit queue, batched  : ${ck.requests} requests, ${(ck.ms / 1000).toFixed(2)} s (queued offline in ${(ck.queueMs / 1000).toFixed(2)} s)`);
  console.log(`  requests: ${(base.requests / ck.requests).toFixed(1)}x fewer (goal: 50x); time: ${(base.ms / ck.ms).toFixed(1)}x faster`);
  console.log(`  LRS holds ${stored.length} statements, ${ids.size} distinct: ${lost} lost, ${stored.length - ids.size} doubled`);
  for (const [name, entry] of [
    ['@coursekit/xapi/xapi (XapiTracker)', 'src/xapi.ts'],
    ['@coursekit/xapi/cmi5 (Cmi5Tracker)', 'src/cmi5/index.ts'],
    ['  of which @coursekit/codec', '../codec/src/index.ts'],
    ['@xapi/xapi client alone (comparison)', 'bench/xapi-client.ts'],
  ] as const) {
    const size = await bundleSize(entry);
    console.log(`  ${name}: ${(size.raw / 1024).toFixed(1)} KiB minified, ${(size.gzip / 1024).toFixed(1)} KiB gzip`);
  }
  if (lost || stored.length !== N || base.requests / ck.requests < 50) process.exitCode = 1;
} finally {
  await fixture.close();
  await lrs.close();
}
