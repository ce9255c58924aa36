import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { CourseEngine } from '@coursekit/engine';
import { type Step, all, attempt, retry, stateTableCourse as course } from '../../runtime/test/fixtures/state-table';
import { describe, expect, it } from 'vitest';
import { Cmi5Tracker } from '../src/cmi5';
import type { Statement } from '../src/statements/types';
import { uuid } from '../src/statements/uuid';
import { XapiTracker } from '../src/xapi';
import { cmi5Violations } from './cmi5-rules';
import { handOver } from './fixtures/hand-over';
import { cmi5Launch, tincanLaunch } from './launch';
import { statementsIn } from './lrs';
import { useLrsFixture } from './servers/use-fixture';
import { xapiProblems } from './validate';

// The xAPI and cmi5 columns of the state table in docs/tracking/scorm.md, row by row: the real
// engine plays each situation, a real tracker sends to Learning Locker, and the course's own
// statements (object = the course activity) are read back from it. Every statement is checked by
// Learning Locker's validator; every cmi5 session by the independent cmi5 rules.

const server = useLrsFixture();
const { lrsEndpoint } = server;

const short = (s: Statement) => s.verb.id.split('/').pop()!;
const delivery = { baseMs: 20, maxMs: 200, batchDelayMs: 0 };

/** Plays `steps` with the real engine; returns every statement and the course's own verbs, in order. */
async function play(target: 'xapi' | 'cmi5', steps: Step, options: { mastery?: boolean; masteryScore?: number; review?: boolean } = {}) {
  const c = course(options.mastery ?? true);
  let registration: string;
  let courseId: string;
  let tracker: XapiTracker | Cmi5Tracker;
  let check: (stored: Statement[]) => string[] = () => [];
  if (target === 'xapi') {
    const launch = tincanLaunch(server.fixture);
    ({ registration } = launch);
    courseId = 'https://learn.example.go.id/courses/gratuity';
    tracker = new XapiTracker({ launchUrl: launch.url, indexedDB: new IDBFactory(), delivery, newId: uuid });
  } else {
    const launch = cmi5Launch(server.fixture, { ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}), ...(options.review ? { launchMode: 'Review' as const } : {}) });
    registration = launch.params.registration;
    courseId = launch.params.activityId;
    tracker = new Cmi5Tracker({ launchUrl: launch.url, indexedDB: new IDBFactory(), exit: 'none', delivery, newId: uuid });
    check = (stored) => cmi5Violations(stored, launch.params, launch.data);
  }
  const problems: string[] = [];
  tracker.onProblem = (p) => problems.push(p.code);
  const data = await tracker.launch({ course: c });
  let clock = Date.now() - 600_000;
  const engine = new CourseEngine(c, { seed: 1, now: () => (clock += 1000), ...(data.passingScore !== null ? { passingScore: data.passingScore } : {}) });
  // A review session hands nothing over (the Session's rule); it only ends.
  if (data.mode !== 'review') handOver(tracker, engine);
  engine.start();
  steps(engine);
  await tracker.terminate('exit');
  const stored = await statementsIn(lrsEndpoint, registration);
  expect(stored.flatMap((s) => xapiProblems(s))).toEqual([]);
  expect(check(stored)).toEqual([]);
  expect(problems).toEqual([]);
  const own = stored.filter((s) => s.object.id === courseId);
  return { stored, own, course: own.map(short) };
}

const rows: Array<{ row: string; steps: Step; mastery?: boolean; xapi: string[]; cmi5: string[] }> = [
  { row: 'not started (opened, closed at once: the session starts the course)', steps: () => {}, xapi: ['initialized', 'terminated'], cmi5: ['initialized', 'terminated'] },
  { row: 'in progress (1 of 2 pages)', steps: () => {}, xapi: ['initialized', 'terminated'], cmi5: ['initialized', 'terminated'] },
  { row: 'all content seen, assessment not taken', steps: (e) => void e.goTo('quiz'), xapi: ['initialized', 'terminated'], cmi5: ['initialized', 'terminated'] },
  { row: 'all content seen, course without mastery rules', steps: (e) => void e.goTo('quiz'), mastery: false, xapi: ['initialized', 'completed', 'terminated'], cmi5: ['initialized', 'completed', 'passed', 'terminated'] },
  { row: 'assessment failed, attempts left', steps: attempt(0), xapi: ['initialized', 'completed', 'terminated'], cmi5: ['initialized', 'completed', 'terminated'] },
  { row: 'failed, no attempt left', steps: all(attempt(1), retry, attempt(2)), xapi: ['initialized', 'completed', 'failed', 'terminated'], cmi5: ['initialized', 'completed', 'failed', 'terminated'] },
  { row: 'passed', steps: all(attempt(0), retry, attempt(3)), xapi: ['initialized', 'completed', 'passed', 'terminated'], cmi5: ['initialized', 'completed', 'passed', 'terminated'] },
];

describe('the state table (docs/tracking/scorm.md), xAPI and cmi5 columns against Learning Locker', () => {
  for (const r of rows) {
    it(`${r.row}: xAPI ${r.xapi.join(', ')}; cmi5 ${r.cmi5.join(', ')}`, async () => {
      const [xapi, cmi5] = await Promise.all([play('xapi', r.steps, { mastery: r.mastery ?? true }), play('cmi5', r.steps, { mastery: r.mastery ?? true })]);
      expect(xapi.course).toEqual(r.xapi);
      expect(cmi5.course).toEqual(r.cmi5);
    });
  }

  it('all content seen without mastery rules: cmi5 also sends passed, without a score, as moveOn CompletedAndPassed needs one', async () => {
    const { own } = await play('cmi5', (e) => void e.goTo('quiz'), { mastery: false });
    expect(own.find((s) => short(s) === 'passed')!.result).toEqual({ success: true, duration: expect.stringMatching(/^PT/) });
  });

  it('failed, no attempt left: the course score and success go with the verdict', async () => {
    const { own } = await play('xapi', all(attempt(1), retry, attempt(2)));
    const failed = own.find((s) => short(s) === 'failed')!;
    expect(failed.result).toMatchObject({ success: false, score: { raw: 50, min: 0, max: 100, scaled: 0.5 } });
  });

  it("75 % passes the course (75) but not the LMS's masteryScore (0.95): cmi5 sends completed with a retry left, then failed", async () => {
    expect((await play('cmi5', attempt(3), { masteryScore: 0.95 })).course).toEqual(['initialized', 'completed', 'terminated']);
    const last = await play('cmi5', all(attempt(3), retry, attempt(3)), { masteryScore: 0.95 });
    expect(last.course).toEqual(['initialized', 'completed', 'failed', 'terminated']);
    const failed = last.own.find((s) => short(s) === 'failed')!;
    expect(failed.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.95);
  });

  it('review mode: cmi5 sends initialized and terminated only (no completed, passed or failed)', async () => {
    expect((await play('cmi5', attempt(4), { review: true })).course).toEqual(['initialized', 'terminated']);
  });
});
