import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { CourseEngine, type EngineSnapshot, type TrackerProblem } from '@coursekit/engine';
import { decodeSnapshot } from '@coursekit/codec';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STATE_ID, XapiTracker, type XapiTrackerOptions } from '../src/xapi';
import { uuid } from '../src/statements/uuid';
import { exampleCourses } from './fixtures/examples';
import { handOver } from './fixtures/hand-over';
import { playToEnd } from './fixtures/play';
import { tincanLaunch } from './launch';
import { statementsIn } from './lrs';
import { type Fixture, startFixture } from './servers/fixture';
import { xapiProblems } from './validate';

const lrsEndpoint = inject('lrsEndpoint');
const tour = exampleCourses().find((e) => e.name === 'tour')!.course;
let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture(lrsEndpoint);
});
afterAll(() => fixture.close());

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
    const launch = tincanLaunch(fixture, { organisation_unit: 'Biro Umum' });
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
    const doc = fixture.getState({ activityId: 'https://learn.example.go.id/courses/gratuity', agent: launch.actor, registration: launch.registration, stateId: STATE_ID }) as { v: number; suspendData: string; savedAt: string };
    expect(doc.v).toBe(1);
    const decoded = decodeSnapshot(tour, doc.suspendData);
    expect(decoded).toEqual({ ok: true, snapshot: saved() });
    expect(problems).toEqual([]);
  });

  it('resumes on another device where the learner left off', async () => {
    const launch = tincanLaunch(fixture);
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
      endpoint: fixture.endpoint,
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
