import { CourseEngine, type EngineOptions, type EngineSnapshot, type LearningEvent, type Tracker, type TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '@coursekit/runtime/scorm12';
import { Scorm2004Tracker } from '@coursekit/runtime/scorm2004';
import { StandaloneTracker } from '@coursekit/runtime/standalone';
import type { ResolvedCourse } from '@coursekit/schema';
import { Session, type EngineClass, type PageLifecycle } from '@coursekit/session';
import { Cmi5Tracker } from '@coursekit/xapi/cmi5';
import { XapiTracker, type XapiTrackerOptions } from '@coursekit/xapi/xapi';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { course } from '../../packages/xapi/test/fixtures/course';
import { playToEnd } from '../../packages/xapi/test/fixtures/play';
import { cmi5Launch } from '../../packages/xapi/test/launch';
import { statementsIn } from '../../packages/xapi/test/lrs';
import { startFixture, type Fixture } from '../../packages/xapi/test/servers/fixture';
import { startLearningLocker, type RunningLrs } from '../../packages/xapi/test/servers/lrs';

/**
 * One contract, every tracker: the same scripted play goes through a Session to each tracker (SCORM
 * 1.2 and 2004 under scorm-again, standalone in a Storage, xAPI and cmi5 against Learning Locker,
 * and a fake), and each must send out what those events mean in its own terms: every answer and
 * scenario choice recorded, the completion and the verdict, the end, and a state the next launch
 * resumes from. A tracker that ignores the events the session hands it fails here.
 */

const T0 = Date.UTC(2026, 11, 4, 9, 0, 0);
const VERB = (v: string) => `http://adlnet.gov/expapi/verbs/${v}`;

/** What a tracker sent out, in one shape for every kind. */
interface Sent {
  /** Ids of the questions and scenario choice nodes recorded (SCORM interactions, xAPI `answered`), null when the kind records none. */
  answered: string[] | null;
  completed: boolean | null;
  passed: boolean | null;
  /** The session was ended at the LMS or LRS (Terminate, `terminated`). */
  ended: boolean;
  /** Calls or requests after the end began that wait for an answer (SCORM Commit during pagehide). */
  afterPagehide: string[];
}

interface Subject {
  name: string;
  /** A tracker for a fresh learner, the same learner's next launch, and what the first sent. */
  make(): Promise<{ first: Tracker; next: () => Tracker; sent: () => Promise<Sent> }>;
}

/** A page whose pagehide the test fires. */
function testPage(): PageLifecycle & { leave(): void } {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return Object.assign(win, { document: doc, leave: () => void win.dispatchEvent(new Event('pagehide')) }) as unknown as PageLifecycle & { leave(): void };
}

/** The same engine for every tracker: a fixed seed and a clock that moves a second a call. */
function engineClass(): EngineClass {
  let clock = T0;
  return class extends CourseEngine {
    constructor(c: ResolvedCourse, o: EngineOptions) {
      super(c, { ...o, seed: 11, now: () => (clock += 1000) });
    }
  };
}

/** The interaction id SCORM gives an answer or a choice (docs/tracking/scorm.md). */
function scormId(e: LearningEvent): string | null {
  if (e.type === 'question-answered') return e.assessmentId ? `${e.assessmentId}_${e.question.id}` : e.question.id;
  if (e.type === 'scenario-choice') return `${e.scenarioId}_${e.nodeId}`;
  return null;
}

/** The id xAPI gives an answer's or a choice's object (docs/tracking/xapi.md), after the course base. */
function xapiId(e: LearningEvent): string | null {
  if (e.type === 'question-answered') return `question/${e.question.id}`;
  if (e.type === 'scenario-choice') return `scenario/${e.scenarioId}/node/${e.nodeId}`;
  return null;
}

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { get length() { return m.size; }, clear: () => m.clear(), getItem: (k) => m.get(k) ?? null, key: (i) => [...m.keys()][i] ?? null, removeItem: (k) => void m.delete(k), setItem: (k, v) => void m.set(k, String(v)) };
}

/** The fake: the reference of the contract, keeping what it is handed. */
class FakeTracker implements Tracker {
  readonly name = 'fake';
  handled: LearningEvent[] = [];
  ended: string | null = null;
  constructor(private readonly store: { state: string | null }) {}
  async launch({ course: c }: { course: ResolvedCourse }) {
    const saved = this.store.state ? (JSON.parse(this.store.state) as { c: string; s: EngineSnapshot }) : null;
    return { learner: { id: 'fake-1', name: null }, snapshot: saved?.c === c.id ? saved.s : null, passingScore: null, language: null, mode: 'normal' as const, notices: [] };
  }
  handle(event: LearningEvent): void {
    this.handled.push(event);
  }
  save(ctx: Parameters<Tracker['save']>[0]): void {
    this.store.state = ctx.encoded((c, s) => JSON.stringify({ c: c.id, s }));
  }
  async terminate(reason: string, ctx?: Parameters<Tracker['save']>[0]): Promise<void> {
    if (ctx) this.save(ctx);
    this.ended ??= reason;
  }
}

function scorm(version: '1.2' | '2004'): Subject {
  return {
    name: `SCORM ${version} (scorm-again)`,
    async make() {
      const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
      api.loadFromFlattenedJSON(version === '1.2' ? { 'cmi.core.student_id': 'ASN-1987' } : { 'cmi.learner_id': 'ASN-1987' });
      const calls: string[] = [];
      let leaving = false;
      for (const name of version === '1.2' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate']) api.on(name, () => calls.push(leaving ? `${name} (pagehide)` : name));
      const Tracker = version === '1.2' ? Scorm12Tracker : Scorm2004Tracker;
      const first = new Tracker({ api });
      const terminate = first.terminate.bind(first);
      first.terminate = (reason, ctx) => ((leaving = reason === 'pagehide'), terminate(reason, ctx));
      const flat = () => Object.fromEntries(Object.entries(api.getFlattenedCMI() as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
      return {
        first,
        next() {
          // What the LMS keeps for the next launch (RTE: cmi.entry "resume" after exit "suspend").
          const kept = flat();
          const again = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
          again.loadFromFlattenedJSON({ 'cmi.suspend_data': kept['cmi.suspend_data'] ?? '', ...(version === '1.2' ? { 'cmi.core.student_id': 'ASN-1987' } : { 'cmi.learner_id': 'ASN-1987' }) });
          return new Tracker({ api: again });
        },
        async sent() {
          const values = flat();
          const ids = Object.entries(values).filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k)).map(([, v]) => v);
          return {
            answered: ids,
            completed: version === '1.2' ? ['completed', 'passed'].includes(values['cmi.core.lesson_status']!) : values['cmi.completion_status'] === 'completed',
            passed: version === '1.2' ? values['cmi.core.lesson_status'] === 'passed' : values['cmi.success_status'] === 'passed',
            ended: calls.some((c) => c.startsWith('LMSFinish') || c.startsWith('Terminate')),
            afterPagehide: calls.filter((c) => c.includes('(pagehide)') && !c.startsWith('LMSFinish') && !c.startsWith('Terminate')),
          };
        },
      };
    },
  };
}

let lrs: RunningLrs;
let fixture: Fixture;

const lrsOptions = (): Partial<XapiTrackerOptions> => ({ storage: 'memory', delivery: { baseMs: 20, maxMs: 200, batchDelayMs: 0 } });

async function lrsSent(registration: string, base: string): Promise<Sent> {
  const stored = await statementsIn(fixture.endpoint, registration);
  const verbs = stored.map((s) => s.verb.id);
  return {
    // The part of the object id after the course base: question/<id>, scenario/<id>/node/<id>.
    answered: stored.filter((s) => s.verb.id === VERB('answered')).map((s) => s.object.id.replace(/^.*?\/(question|scenario)\//, '$1/')),
    completed: stored.some((s) => s.verb.id === VERB('completed') && s.object.id === base),
    passed: stored.some((s) => s.verb.id === VERB('passed') && s.object.id === base),
    ended: verbs.at(-1) === VERB('terminated') && verbs[0] === VERB('initialized'),
    afterPagehide: [],
  };
}

const subjects: Subject[] = [
  {
    name: 'a fake tracker',
    async make() {
      const store = { state: null as string | null };
      const first = new FakeTracker(store);
      return {
        first,
        next: () => new FakeTracker(store),
        sent: async () => ({ answered: first.handled.map(xapiId).filter((x): x is string => x !== null), completed: first.handled.some((e) => e.type === 'course-completed'), passed: first.handled.some((e) => e.type === 'course-scored' && e.passed), ended: first.ended !== null, afterPagehide: [] }),
      };
    },
  },
  scorm('1.2'),
  scorm('2004'),
  {
    name: 'standalone (localStorage)',
    async make() {
      const storage = memoryStorage();
      let terminated = false;
      const first = new StandaloneTracker({ storage });
      const terminate = first.terminate.bind(first);
      first.terminate = (reason, ctx) => ((terminated = true), terminate(reason, ctx));
      return { first, next: () => new StandaloneTracker({ storage }), sent: async () => ({ answered: null, completed: null, passed: null, ended: terminated, afterPagehide: [] }) };
    },
  },
  {
    name: 'xAPI (Learning Locker)',
    async make() {
      const actor = { objectType: 'Agent' as const, name: 'Budi Santoso', mbox: `mailto:budi.${Math.random().toString(36).slice(2, 10)}@example.go.id` };
      const registration = crypto.randomUUID();
      const options: XapiTrackerOptions = { ...lrsOptions(), endpoint: fixture.endpoint, auth: 'Basic dGVzdDp0ZXN0', actor, registration, activityId: 'https://learn.example.go.id/courses/contract' };
      return { first: new XapiTracker(options), next: () => new XapiTracker(options), sent: () => lrsSent(registration, 'https://learn.example.go.id/courses/contract') };
    },
  },
  {
    name: 'cmi5 (Learning Locker)',
    async make() {
      const launch = cmi5Launch(fixture, { moveOn: 'CompletedAndPassed' });
      return {
        first: new Cmi5Tracker({ ...lrsOptions(), launchUrl: launch.url, exit: 'none' }),
        next: () => new Cmi5Tracker({ ...lrsOptions(), launchUrl: cmi5Launch(fixture, { registration: launch.params.registration, actor: launch.params.actor, activityId: launch.params.activityId }).url, exit: 'none' }),
        sent: () => lrsSent(launch.params.registration, launch.params.activityId),
      };
    },
  },
];

beforeAll(async () => {
  lrs = await startLearningLocker();
  fixture = await startFixture(lrs.endpoint);
}, 60_000);
afterAll(async () => {
  await fixture?.close();
  await lrs?.close();
});

describe.each(subjects)('the tracker contract: $name', (subject) => {
  it('records every answer and scenario choice it is handed, the completion and the verdict, ends once, and the next launch resumes', async () => {
    const { first, next, sent } = await subject.make();
    const events: LearningEvent[] = [];
    const problems: TrackerProblem[] = [];
    const page = testPage();
    const started = await Session.start(course, { trackers: [first], page, engineClass: engineClass(), onEvent: (e) => events.push(e), onProblem: (p) => problems.push(p) });
    if (!started.ok) throw new Error(started.message);
    const { session } = started;
    expect(session.launch.mode).toBe('normal');
    expect(session.launch.notices).toEqual([]);
    playToEnd(session.engine, 'right');
    const final: EngineSnapshot = session.engine.snapshot();
    await session.end('exit');
    await session.end('pagehide');
    const out = await sent();

    const answers = events.filter((e) => e.type === 'question-answered' || e.type === 'scenario-choice');
    expect(answers.length).toBeGreaterThan(5);
    if (out.answered !== null) {
      const ids = subject.name.startsWith('SCORM') ? answers.map(scormId) : answers.map(xapiId);
      // SCORM keeps one interaction per id (2004 by id; 1.2 one per attempt or run): the same ids.
      if (subject.name.startsWith('SCORM')) expect([...new Set(out.answered)].sort()).toEqual([...new Set(ids)].sort());
      else expect(out.answered).toEqual(ids);
      expect(out.completed).toBe(true);
      expect(out.passed).toBe(true);
    }
    expect(out.ended).toBe(true);
    expect(out.afterPagehide).toEqual([]);
    expect(problems).toEqual([]);

    // The next launch of the same learner resumes where this one ended.
    const again = await Session.start(course, { trackers: [next()], page: testPage(), engineClass: engineClass() });
    if (!again.ok) throw new Error(again.message);
    expect(again.session.launch.snapshot).toMatchObject({ pageId: final.pageId, viewed: final.viewed, answers: final.answers, assessments: final.assessments, scenarios: final.scenarios, completed: true, passed: true });
    await again.session.end('exit');
  });

  it('on pagehide ends at once, with the last state, and sends nothing that waits for an answer', async () => {
    const { first, next, sent } = await subject.make();
    const page = testPage();
    const started = await Session.start(course, { trackers: [first], page, engineClass: engineClass() });
    if (!started.ok) throw new Error(started.message);
    const { engine } = started.session;
    engine.next();
    engine.next();
    const pageId = engine.currentPage.pageId;
    page.leave();
    // Delivery after a pagehide is the keepalive's: wait for the LRS to have it.
    for (let i = 0; i < 50 && !(await sent()).ended; i++) await new Promise((r) => setTimeout(r, 100));
    const out = await sent();
    expect(out.ended).toBe(true);
    expect(out.afterPagehide).toEqual([]);
    const again = await Session.start(course, { trackers: [next()], page: testPage(), engineClass: engineClass() });
    if (!again.ok) throw new Error(again.message);
    expect(again.session.launch.snapshot?.pageId).toBe(pageId);
    await again.session.end('exit');
  });
});
