import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { CourseEngine, type TrackerProblem } from '@coursekit/engine';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cmi5Tracker } from '../src/cmi5';
import type { Statement } from '../src/statements/types';
import { uuid } from '../src/statements/uuid';
import type { XapiTracker } from '../src/xapi';
import { cmi5Violations } from './cmi5-rules';
import { course as cmi5Course } from './fixtures/course';
import { handOver } from './fixtures/hand-over';
import { playToEnd } from './fixtures/play';
import { memoryStorage } from './fixtures/storage';
import { cmi5Launch, tincanLaunch } from './launch';
import { statementsIn } from './lrs';
import { useLrsFixture } from './servers/use-fixture';

// The trackers' sender (statement builder, queue, delivery) is a chunk loaded after the launch.
// Here its arrival is held back, or fails as a chunk that cannot be fetched does, while the real
// engine plays and Learning Locker receives; each test then checks what the LRS holds.

/** How the sender chunks arrive in this test: held until `release`, or failing. */
const chunk = vi.hoisted(() => ({ held: null as Promise<void> | null, fail: false }));
const arrive = async <T>(load: () => Promise<T>): Promise<T> => {
  if (chunk.held) await chunk.held;
  if (chunk.fail) throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/course/chunk-5f3a9c1e.js');
  return load();
};
/** A new page: modules as a page load has them (nothing imported yet), the chunks arriving as `chunk` says when asked. */
function newPage(): void {
  vi.resetModules();
  vi.doMock('../src/sender/sender', (importOriginal) => arrive(importOriginal));
  vi.doMock('../src/sender/cmi5', (importOriginal) => arrive(importOriginal));
}

const server = useLrsFixture();
const { lrsEndpoint, tour } = server;
beforeEach(() => {
  chunk.held = null;
  chunk.fail = false;
});

/** Holds the sender chunks back until the returned function is called. */
function holdChunks(): () => void {
  let release!: () => void;
  chunk.held = new Promise((r) => (release = r));
  return release;
}

/** One browser: its IndexedDB and localStorage, kept across its pages. */
function device() {
  return { indexedDB: new IDBFactory(), localStorage: memoryStorage() };
}

/** A page of `dev` with an xAPI tracker on the launch URL (modules as a fresh page has them), recording the statement ids it creates. */
async function xapiPage(url: string, dev: ReturnType<typeof device>, created: string[]) {
  newPage();
  const { XapiTracker } = await import('../src/xapi');
  const problems: TrackerProblem[] = [];
  const t: XapiTracker = new XapiTracker({ launchUrl: url, ...dev, delivery: { baseMs: 20, maxMs: 200, batchDelayMs: 0 }, newId: () => (created.push(uuid()), created.at(-1)!) });
  t.onProblem = (p) => problems.push(p);
  return { t, problems };
}

/** Plays `pages` pages of `c` with the real engine handed over to the tracker as a session does. */
function play(t: XapiTracker | Cmi5Tracker, c: typeof tour, pages: number) {
  let clock = Date.parse('2026-12-05T02:00:00Z');
  const engine = new CourseEngine(c, { seed: 9, now: () => (clock += 1500) });
  const handed = handOver(t, engine);
  // When each event happened, by the engine's clock, to compare the statements' timestamps with.
  const times: string[] = [];
  engine.on((event) => times.push(new Date(event.time).toISOString()));
  engine.start();
  playToEnd(engine, 'right', pages);
  return { engine, context: handed.context, times };
}

const verbs = (list: Statement[]) => list.map((s) => s.verb.id.split('/').pop()!);
/** The session's statements as the LRS holds them: verb and object after the course base, in order. */
const shape = (list: Statement[]) => list.map((s) => `${s.verb.id.split('/').pop()} ${s.object.id.replace(/^.*\/courses\/(coursekit-tour|gratuity)/, '')}`);
const recordKeys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) => k.startsWith('ck-xapi-events:'));

/** Waits until the LRS holds `count` statements for the registration. */
async function lrsHolds(registration: string, count: number): Promise<Statement[]> {
  const end = Date.now() + 20_000;
  let stored = await statementsIn(lrsEndpoint, registration);
  while (stored.length < count && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    stored = await statementsIn(lrsEndpoint, registration);
  }
  return stored;
}

describe('the xAPI tracker before its sender has arrived', () => {
  it('keeps the events handled before the sender arrives and sends their statements, in order, once it has', async () => {
    // What an uninterrupted page sends, to compare with.
    const reference = tincanLaunch(server.fixture);
    const refCreated: string[] = [];
    const ref = await xapiPage(reference.url, device(), refCreated);
    await ref.t.launch({ course: tour });
    await new Promise((r) => setTimeout(r, 50));
    play(ref.t, tour, 3);
    await ref.t.terminate('exit');
    const expected = shape(await statementsIn(lrsEndpoint, reference.registration));

    const release = holdChunks();
    const launch = tincanLaunch(server.fixture);
    const dev = device();
    const created: string[] = [];
    const { t, problems } = await xapiPage(launch.url, dev, created);
    const data = await t.launch({ course: tour });
    expect(data.learner.name).toBe('Budi Santoso');
    const { times } = play(t, tour, 3);
    // Nothing built or sent yet: the events wait, written to this device.
    expect(created).toEqual([]);
    expect(t.pendingCount).toBe(10);
    expect(recordKeys(dev.localStorage)).toHaveLength(1);
    release();
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.registration);
    expect(shape(stored)).toEqual(expected);
    expect(verbs(stored)).toEqual(['initialized', 'experienced', 'experienced', 'experienced', 'answered', 'answered', 'answered', 'answered', 'completed', 'experienced', 'terminated']);
    expect(stored.map((s) => s.id)).toEqual(created);
    // Stamped when each event happened, not when the sender arrived.
    // The first three statements (initialized, experienced, experienced) are the first three events'
    // (course-started, the first two page-viewed), each 1.5 s or more after the one before by the engine's clock.
    expect(stored.slice(0, 3).map((s) => s.timestamp)).toEqual(times.slice(0, 3));
    expect(new Set(times.slice(0, 3)).size).toBe(3);
    expect(recordKeys(dev.localStorage)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('loses nothing when the page goes away before the sender arrives: the next launch sends the whole session, once', async () => {
    const launch = tincanLaunch(server.fixture);
    const dev = device();
    const created: string[] = [];
    holdChunks(); // never released on this page
    const first = await xapiPage(launch.url, dev, created);
    await first.t.launch({ course: tour });
    const { context, engine } = play(first.t, tour, 3);
    // The learner reads a while: the state's encoder (the codec chunk) arrives and the state is kept.
    await new Promise((r) => setTimeout(r, 200));
    await first.t.terminate('pagehide', context());
    expect(created).toEqual([]);
    const [key] = recordKeys(dev.localStorage);
    const record = JSON.parse(dev.localStorage.getItem(key!)!) as { events: unknown[]; closedAt?: number };
    expect(record.events).toHaveLength(10);
    expect(typeof record.closedAt).toBe('number');

    // The next launch on this device: its sender arrives and sends the earlier session first.
    chunk.held = null;
    const next = await xapiPage(launch.url, dev, created);
    const data = await next.t.launch({ course: tour });
    // The state was kept on this device at pagehide (and sent to the LRS with keepalive).
    expect(data.snapshot?.pageId).toBe(engine.currentPage.pageId);
    expect(data.snapshot?.viewed).toEqual(engine.snapshot().viewed);
    await next.t.terminate('exit');
    const stored = await lrsHolds(launch.registration, created.length);
    expect(stored.map((s) => s.id)).toEqual(created);
    expect(verbs(stored)).toEqual(['initialized', 'experienced', 'experienced', 'experienced', 'answered', 'answered', 'answered', 'answered', 'completed', 'experienced', 'terminated', 'terminated']);
    expect(recordKeys(dev.localStorage)).toEqual([]);
    expect(next.problems).toEqual([]);
  });

  it('keeps the events on the device when the sender cannot be loaded, reports CK640 once, and the next launch sends them', async () => {
    const launch = tincanLaunch(server.fixture);
    const dev = device();
    const created: string[] = [];
    chunk.fail = true;
    const first = await xapiPage(launch.url, dev, created);
    await first.t.launch({ course: tour });
    const { context } = play(first.t, tour, 3);
    await first.t.terminate('exit', context());
    expect(first.problems).toEqual([
      {
        tracker: 'xapi',
        code: 'CK640',
        message: "The part of the tracker that sends statements could not be loaded: the learner's events are kept on this device and sent when it loads, at the latest on the next launch.",
        // The import's own error: the browser's, here the test runner's wrapping of it.
        detail: expect.stringContaining('[vitest] There was an error when mocking a module'),
      },
    ]);
    expect(created).toEqual([]);
    expect(await statementsIn(lrsEndpoint, launch.registration)).toEqual([]);
    expect(recordKeys(dev.localStorage)).toHaveLength(1);

    chunk.fail = false;
    const next = await xapiPage(launch.url, dev, created);
    await next.t.launch({ course: tour });
    await next.t.terminate('exit');
    const stored = await lrsHolds(launch.registration, created.length);
    expect(stored.map((s) => s.id)).toEqual(created);
    expect(verbs(stored)).toEqual(['initialized', 'experienced', 'experienced', 'experienced', 'answered', 'answered', 'answered', 'answered', 'completed', 'experienced', 'terminated', 'terminated']);
    expect(recordKeys(dev.localStorage)).toEqual([]);
  });
});

describe('the cmi5 tracker before its sender has arrived', () => {
  it('closes a session whose page went away before the sender arrived with the cmi5 rules, and never sends completed twice in the registration', async () => {
    newPage();
    const { Cmi5Tracker } = await import('../src/cmi5');
    const launch = cmi5Launch(server.fixture);
    const dev = device();
    const created: string[] = [];
    const make = (url: string) => new Cmi5Tracker({ launchUrl: url, ...dev, exit: 'none', delivery: { baseMs: 20, maxMs: 200, batchDelayMs: 0 }, newId: () => (created.push(uuid()), created.at(-1)!) });
    holdChunks();
    const first = make(launch.url);
    await first.launch({ course: cmi5Course });
    const { context } = play(first, cmi5Course, Infinity);
    await first.terminate('pagehide', context());
    expect(created).toEqual([]);

    // The LMS launches the same registration again, a new session.
    chunk.held = null;
    newPage();
    const again = cmi5Launch(server.fixture, { registration: launch.params.registration, actor: launch.params.actor, activityId: launch.params.activityId });
    const { Cmi5Tracker: NextTracker } = await import('../src/cmi5');
    const next = new NextTracker({ launchUrl: again.url, ...dev, exit: 'none', delivery: { baseMs: 20, maxMs: 200, batchDelayMs: 0 }, newId: () => (created.push(uuid()), created.at(-1)!) });
    const data = await next.launch({ course: cmi5Course });
    const replayed = play(next, cmi5Course, Infinity);
    await next.terminate('exit', replayed.context());
    const stored = await lrsHolds(launch.params.registration, created.length);
    expect(stored.map((s) => s.id)).toEqual(created);
    const sessions = (id: string) => stored.filter((s) => s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === id);
    // The AU's own statements: the cmi5 defined ones.
    const au = (list: Statement[]) => verbs(list.filter((s) => s.object.id === launch.params.activityId));
    const firstVerbs = au(sessions(launch.sessionId));
    expect(firstVerbs).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    const nextVerbs = au(sessions(again.sessionId));
    expect(data.mode).toBe('normal');
    expect(nextVerbs).toEqual(['initialized', 'terminated']);
    expect(cmi5Violations(sessions(launch.sessionId), launch.params, launch.data)).toEqual([]);
    expect(cmi5Violations(sessions(again.sessionId), again.params, again.data, sessions(launch.sessionId))).toEqual([]);
  });
});
