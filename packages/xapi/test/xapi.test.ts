import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { CourseEngine, type EngineSnapshot, type TrackerProblem } from '@coursekit/engine';
import { decodeSnapshot, encodeSnapshot } from '@coursekit/codec';
import { describe, expect, it } from 'vitest';
import { IndexedDbStore, openDatabase } from '../src/queue/indexeddb';
import { courseActivityBase } from '../src/statements/ids';
import { STATE_ID, type StateDocument, XapiTracker, type XapiTrackerOptions } from '../src/xapi';
import { uuid } from '../src/statements/uuid';
import { handOver } from './fixtures/hand-over';
import { playToEnd } from './fixtures/play';
import { memoryStorage } from './fixtures/storage';
import { tincanLaunch } from './launch';
import { statementsIn } from './lrs';
import { useLrsFixture } from './servers/use-fixture';
import { xapiProblems } from './validate';

const server = useLrsFixture();
const { lrsEndpoint, tour } = server;

function tracker(options: XapiTrackerOptions, device = new IDBFactory()) {
  const created: string[] = [];
  const problems: TrackerProblem[] = [];
  const t = new XapiTracker({ indexedDB: device, delivery: { baseMs: 20, maxMs: 200, batchDelayMs: 0 }, newId: () => (created.push(uuid()), created.at(-1)!), ...options });
  t.onProblem = (p) => problems.push(p);
  return { t, created, problems };
}

/** Plays `pages` pages (all by default) with the real engine wired to the tracker as the player does. */
function play(t: XapiTracker, snapshot: EngineSnapshot | null, pages = Infinity): { engine: CourseEngine; saved: () => EngineSnapshot } {
  let clock = Date.now() - 3_600_000;
  const engine = new CourseEngine(tour, { seed: 9, now: () => (clock += 1500), ...(snapshot ? { snapshot } : {}) });
  const handed = handOver(t, engine);
  const saved = () => handed.saved() ?? engine.snapshot();
  engine.start();
  playToEnd(engine, 'right', pages);
  return { engine, saved };
}

describe('xAPI (TinCan) launch with a real LRS', () => {
  it('sends every statement of the tour course exactly once and keeps the state in the State API', async () => {
    const launch = tincanLaunch(server.fixture, { organisation_unit: 'Biro Umum' });
    const { t, created, problems } = tracker({ launchUrl: launch.url });
    const data = await t.launch({ course: tour });
    expect(data).toEqual({ learner: { id: launch.actor.mbox!.slice(7), name: 'Budi Santoso', unit: 'Biro Umum' }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [] });
    const { saved } = play(t, null);
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.registration);
    expect(stored.map((s) => s.id)).toEqual(created);
    expect(stored.flatMap((s) => xapiProblems(s))).toEqual([]);
    expect(stored[0]!.verb.id).toBe('http://adlnet.gov/expapi/verbs/initialized');
    expect(stored.at(-1)!.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
    // The LMS's activity_id names the course; tracking.activityId still roots the other activities.
    expect(stored[0]!.object.id).toBe('https://learn.example.go.id/courses/gratuity');
    expect(stored[1]!.object.id).toBe(`https://coursekit.example/courses/coursekit-tour/page/${tour.modules[0]!.pages[0]!.id}`);
    expect(stored.every((s) => s.context!.extensions!['https://coursekit.dev/xapi/ext/organisation-unit'] === 'Biro Umum')).toBe(true);
    const doc = server.fixture.getState({ activityId: 'https://learn.example.go.id/courses/gratuity', agent: launch.actor, registration: launch.registration, stateId: STATE_ID }) as { v: number; suspendData: string; savedAt: string };
    expect(doc.v).toBe(1);
    const decoded = decodeSnapshot(tour, doc.suspendData);
    expect(decoded).toEqual({ ok: true, snapshot: saved() });
    expect(problems).toEqual([]);
  });

  it('resumes on another device where the learner left off', async () => {
    const launch = tincanLaunch(server.fixture);
    const a = tracker({ launchUrl: launch.url });
    await a.t.launch({ course: tour });
    const half = play(a.t, null, 3);
    await a.t.terminate('exit');
    const b = tracker({ launchUrl: launch.url });
    const data = await b.t.launch({ course: tour });
    expect(data.snapshot).toEqual(half.saved());
    const again = play(b.t, data.snapshot);
    await b.t.terminate('exit');
    expect(again.engine.completionStatus).toBe('completed');
    const stored = await statementsIn(lrsEndpoint, launch.registration);
    expect(stored.map((s) => s.id)).toEqual([...a.created, ...b.created]);
    const second = stored.slice(a.created.length);
    expect(second[0]!.verb.id).toBe('http://adlnet.gov/expapi/verbs/resumed');
  });

  it('works embedded with an explicit endpoint and a host-provided auth callback, no credentials in the URL', async () => {
    const registration = uuid();
    let calls = 0;
    const { t, created } = tracker({
      launchUrl: 'https://intranet.example.go.id/belajar/ir',
      endpoint: server.fixture.endpoint,
      auth: async () => {
        calls++;
        return 'Basic dGVzdDp0ZXN0';
      },
      actor: { account: { homePage: 'https://sso.example.go.id', name: 'ASN-2001' }, name: 'Sari' },
      registration,
      organisationUnit: 'Sekretariat',
    });
    const data = await t.launch({ course: tour });
    expect(data.learner).toEqual({ id: 'ASN-2001', name: 'Sari', unit: 'Sekretariat' });
    play(t, null, 2);
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, registration);
    expect(stored.map((s) => s.id)).toEqual(created);
    expect(stored[0]!.object.id).toBe('https://coursekit.example/courses/coursekit-tour');
    // The callback is asked once and its answer reused until the LRS refuses it.
    expect(calls).toBe(1);
  });

  it('says so and sends nothing when no LRS is configured', async () => {
    const { t, problems } = tracker({ launchUrl: 'https://cdn.example.go.id/ir/index.html' });
    const data = await t.launch({ course: tour });
    expect(data.notices).toEqual([{ code: 'CK701', message: 'No LRS endpoint was configured or passed in the launch URL: xAPI statements are not sent.' }]);
    expect(problems.map((p) => p.code)).toEqual(['CK701']);
    play(t, null, 1);
    await t.terminate('exit');
    expect(t.pendingCount).toBe(0);
  });
});

// Versions before the sender became a chunk of its own kept the unsent state beside the statement
// queue, in IndexedDB (the queue's `meta` row "state"). A device upgraded with such a state must
// resume from it and send it, once.

/** The tour played `pages` pages, as the engine snapshots it. */
function snapshotAfter(pages: number): EngineSnapshot {
  let clock = Date.parse('2026-12-01T02:00:00Z');
  const engine = new CourseEngine(tour, { seed: 9, now: () => (clock += 1500) });
  engine.start();
  playToEnd(engine, 'right', pages);
  return engine.snapshot();
}

/** The statement queue's name for the tour on the fixture's LRS: the earlier copy's key. */
const queueOf = () => `${server.fixture.endpoint.replace(/\/?$/, '/')}|${courseActivityBase(tour)}`;

/** Writes `doc` where the earlier versions kept the unsent state: the queue's IndexedDB meta row "state". */
async function writeEarlierCopy(idb: IDBFactory, doc: StateDocument): Promise<void> {
  const db = await openDatabase(idb);
  await new IndexedDbStore(db, queueOf()).setMeta('state', doc);
  db.close();
}

async function readEarlierCopy(idb: IDBFactory): Promise<unknown> {
  const db = await openDatabase(idb);
  const value = await new IndexedDbStore(db, queueOf()).getMeta('state');
  db.close();
  return value;
}

describe('the state an earlier version left on the device', () => {
  it('resumes from an unsent state an earlier version kept in IndexedDB, sends it to the LRS and deletes the old copy', async () => {
    const launch = tincanLaunch(server.fixture);
    const params = { activityId: 'https://learn.example.go.id/courses/gratuity', agent: launch.actor, registration: launch.registration, stateId: STATE_ID };
    server.fixture.putState(params, { v: 1, suspendData: encodeSnapshot(tour, snapshotAfter(1)), savedAt: '2026-12-01T02:05:00.000Z' });
    const device = { indexedDB: new IDBFactory(), localStorage: memoryStorage() };
    const three = snapshotAfter(3);
    await writeEarlierCopy(device.indexedDB, { v: 1, suspendData: encodeSnapshot(tour, three), savedAt: '2026-12-01T02:30:00.000Z' });

    const { t, problems } = tracker({ launchUrl: launch.url, localStorage: device.localStorage }, device.indexedDB);
    const data = await t.launch({ course: tour });
    expect(data.snapshot).toEqual(three);
    await t.terminate('exit');
    const sent = server.fixture.getState(params) as StateDocument;
    expect(sent.savedAt).toBe('2026-12-01T02:30:00.000Z');
    expect(decodeSnapshot(tour, sent.suspendData)).toEqual({ ok: true, snapshot: three });
    expect(await readEarlierCopy(device.indexedDB)).toBe(undefined);
    // The LRS has it, so today's copy is gone too; later launches no longer look for the earlier one.
    expect(device.localStorage.getItem(`ck-xapi-state:${queueOf()}`)).toBe(null);
    expect(device.localStorage.getItem(`ck-xapi-state-moved:${queueOf()}`)).toBe('1');
    expect(problems).toEqual([]);
  });

  it('deletes an earlier copy older than the LRS copy and resumes from the LRS copy', async () => {
    const launch = tincanLaunch(server.fixture);
    const params = { activityId: 'https://learn.example.go.id/courses/gratuity', agent: launch.actor, registration: launch.registration, stateId: STATE_ID };
    const three = snapshotAfter(3);
    server.fixture.putState(params, { v: 1, suspendData: encodeSnapshot(tour, three), savedAt: '2026-12-01T02:30:00.000Z' });
    const device = { indexedDB: new IDBFactory(), localStorage: memoryStorage() };
    await writeEarlierCopy(device.indexedDB, { v: 1, suspendData: encodeSnapshot(tour, snapshotAfter(1)), savedAt: '2026-12-01T02:05:00.000Z' });

    const { t, problems } = tracker({ launchUrl: launch.url, localStorage: device.localStorage }, device.indexedDB);
    const data = await t.launch({ course: tour });
    expect(data.snapshot).toEqual(three);
    await t.terminate('exit');
    expect(await readEarlierCopy(device.indexedDB)).toBe(undefined);
    expect(problems).toEqual([]);
  });
});
