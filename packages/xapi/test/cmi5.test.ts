import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { CourseEngine, type LearningEvent, type TrackerContext, type TrackerProblem } from '@coursekit/engine';
import { describe, expect, it } from 'vitest';
import { Cmi5Tracker, type Cmi5TrackerOptions } from '../src/cmi5';
import type { Statement } from '../src/statements/types';
import { uuid } from '../src/statements/uuid';
import { cmi5Violations } from './cmi5-rules';
import { course } from './fixtures/course';
import { firstSession } from './fixtures/events';
import { handOver } from './fixtures/hand-over';
import { playToEnd } from './fixtures/play';
import { cmi5Launch } from './launch';
import { statementsIn } from './lrs';
import { useLrsFixture } from './servers/use-fixture';
import { xapiProblems } from './validate';

const server = useLrsFixture();
const { lrsEndpoint } = server;

const verbs = (list: Statement[]) => list.map((s) => s.verb.id.split('/').pop());
const defined = (list: Statement[]) => verbs(list.filter((s) => s.context?.contextActivities?.category?.some((c) => c.id.endsWith('/categories/cmi5'))));

/** A tracker on a launch URL, with a fresh device (its own IndexedDB), recording the ids it creates. */
function tracker(url: string, options: Cmi5TrackerOptions = {}, device = new IDBFactory()) {
  const created: string[] = [];
  const problems: TrackerProblem[] = [];
  const t = new Cmi5Tracker({ launchUrl: url, indexedDB: device, exit: 'none', delivery: { baseMs: 20, maxMs: 200, batchDelayMs: 0 }, newId: () => (created.push(uuid()), created.at(-1)!), ...options });
  t.onProblem = (p) => problems.push(p);
  return { t, created, problems, device };
}

/** Feeds events to a tracker as a session would, with the context of the engine it was handed over with. */
function feed(t: Cmi5Tracker, events: LearningEvent[], context?: () => TrackerContext) {
  for (const e of events) t.handle(e, context?.() ?? eventContext(e));
}

/** The context of an event fed without an engine: its page, or the course's first. */
function eventContext(e: LearningEvent): TrackerContext {
  const first = { moduleId: course.modules[0]!.id, pageId: course.modules[0]!.pages[0]!.id };
  const here = 'moduleId' in e && 'pageId' in e ? { moduleId: e.moduleId, pageId: e.pageId } : first;
  const none = (): never => {
    throw new Error('no engine: no state');
  };
  return { course, ...here, language: course.defaultLanguage, totalTimeMs: 0, snapshot: none, encoded: none };
}

describe('cmi5 with a real LRS', () => {
  it('plays a course with the engine: initialized first, completed and passed, terminated last, all on the context template', async () => {
    const launch = cmi5Launch(server.fixture, { masteryScore: 0.8, languagePreference: 'en-US,id' });
    const { t, created, problems } = tracker(launch.url);
    const data = await t.launch({ course: course });
    expect(data).toEqual({ learner: { id: launch.params.actor.account!.name, name: 'Ana Wijaya', unit: null }, snapshot: null, passingScore: 80, language: 'en', mode: 'normal', notices: [] });
    let clock = Date.parse('2026-11-02T01:00:00Z');
    const engine = new CourseEngine(course, { seed: 3, now: () => (clock += 2000), passingScore: data.passingScore ?? undefined, language: data.language ?? undefined });
    handOver(t, engine);
    engine.start();
    playToEnd(engine);
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.params.registration);
    // Everything the tracker made reached the LRS once, in order.
    expect(stored.map((s) => s.id)).toEqual(created);
    expect(defined(stored)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(cmi5Violations(stored, launch.params, launch.data)).toEqual([]);
    expect(stored.flatMap((s) => xapiProblems(s))).toEqual([]);
    const passed = stored.find((s) => s.verb.id.endsWith('/passed') && s.object.id === launch.params.activityId)!;
    expect(passed.result!.score).toEqual({ scaled: 1, raw: 100, min: 0, max: 100 });
    expect(passed.context!.extensions!['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    // Allowed statements carry the template (session id, publisher id) but not the cmi5 category.
    const page = stored.find((s) => s.verb.id.endsWith('/experienced'))!;
    expect(page.context!.contextActivities!.category).toBeUndefined();
    // The publisher id (here the course base, as the packager writes it into cmi5.xml), then the AU.
    expect(page.context!.contextActivities!.grouping!.map((g) => g.id)).toEqual(['urn:coursekit:gratuity-basics', launch.params.activityId]);
    expect(problems).toEqual([]);
  });

  it('holds a failure until the session ends, so a pass later in the session is the only verdict', async () => {
    const launch = cmi5Launch(server.fixture);
    const { t, created } = tracker(launch.url);
    await t.launch({ course: course });
    feed(t, firstSession(Date.now() - 600_000));
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.params.registration);
    expect(stored.map((s) => s.id)).toEqual(created);
    expect(defined(stored)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(cmi5Violations(stored, launch.params, launch.data)).toEqual([]);
  });

  it('sends a failure just before terminated when no pass came', async () => {
    const launch = cmi5Launch(server.fixture);
    const { t } = tracker(launch.url);
    await t.launch({ course: course });
    const events = firstSession(Date.now() - 600_000).filter((e) => !(e.type === 'course-scored' && e.passed) && e.type !== 'certificate-earned');
    feed(t, events);
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.params.registration);
    expect(defined(stored)).toEqual(['initialized', 'completed', 'failed', 'terminated']);
    expect(verbs(stored.slice(-2))).toEqual(['failed', 'terminated']);
    expect(stored.at(-2)!.result).toEqual({ success: false, duration: expect.stringMatching(/^PT/), score: { scaled: 0.5, raw: 1, min: 0, max: 2 } });
    expect(cmi5Violations(stored, launch.params, launch.data)).toEqual([]);
  });

  it('judges by the LMS masteryScore: 0.5 is below a masteryScore of 0.9, so failed', async () => {
    const launch = cmi5Launch(server.fixture, { masteryScore: 0.9 });
    const { t } = tracker(launch.url);
    const data = await t.launch({ course: course });
    expect(data.passingScore).toBe(90);
    feed(t, [
      { type: 'course-started', time: Date.now() - 5000, courseId: course.id, language: 'id' },
      { type: 'course-scored', time: Date.now() - 4000, courseId: course.id, score: { raw: 17, min: 0, max: 20, scaled: 0.85 }, passed: true, passingScore: 80 },
    ]);
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.params.registration);
    expect(defined(stored)).toEqual(['initialized', 'failed', 'terminated']);
    expect(cmi5Violations(stored, launch.params, launch.data)).toEqual([]);
  });

  it('sends passed on completion when moveOn needs a pass and the course has nothing to score', async () => {
    const launch = cmi5Launch(server.fixture, { moveOn: 'Passed' });
    const { t } = tracker(launch.url);
    const unscored = { ...course, mastery: undefined };
    await t.launch({ course: unscored });
    feed(t, [{ type: 'course-completed', time: Date.now() - 1000, courseId: course.id, durationMs: 60_000 }]);
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.params.registration);
    expect(defined(stored)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(stored[2]!.result).toEqual({ success: true, duration: 'PT1M' });
    expect(cmi5Violations(stored, launch.params, launch.data)).toEqual([]);
  });

  it('in Browse mode sends allowed statements but no completed, passed or failed, and saves no state', async () => {
    const launch = cmi5Launch(server.fixture, { launchMode: 'Browse' });
    const { t } = tracker(launch.url);
    const data = await t.launch({ course: course });
    expect(data.mode).toBe('browse');
    feed(t, firstSession(Date.now() - 600_000));
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.params.registration);
    expect(defined(stored)).toEqual(['initialized', 'terminated']);
    // 32 events: the start is the initialized, a language change makes none, completed and both verdicts are left out; plus terminated.
    expect(stored.length).toBe(29);
    expect(cmi5Violations(stored, launch.params, launch.data)).toEqual([]);
  });

  it('in Review mode sends only initialized and terminated', async () => {
    const launch = cmi5Launch(server.fixture, { launchMode: 'Review' });
    const { t } = tracker(launch.url);
    expect((await t.launch({ course: course })).mode).toBe('review');
    feed(t, firstSession(Date.now() - 600_000));
    await t.terminate('exit');
    const stored = await statementsIn(lrsEndpoint, launch.params.registration);
    expect(verbs(stored)).toEqual(['initialized', 'terminated']);
    expect(cmi5Violations(stored, launch.params, launch.data)).toEqual([]);
  });

  it('resumes on another device from the State API and never sends completed or passed twice in a registration', async () => {
    const first = cmi5Launch(server.fixture);
    const a = tracker(first.url);
    await a.t.launch({ course: course });
    let clock = Date.now() - 600_000;
    const engine = new CourseEngine(course, { seed: 5, now: () => (clock += 1000) });
    const handed = handOver(a.t, engine);
    engine.start();
    playToEnd(engine);
    const saved = handed.saved();
    await a.t.terminate('exit');
    const earlier = await statementsIn(lrsEndpoint, first.params.registration);

    // Same registration, another device: nothing in its IndexedDB.
    const second = cmi5Launch(server.fixture, { registration: first.params.registration, actor: first.params.actor, activityId: first.params.activityId });
    const b = tracker(second.url);
    const data = await b.t.launch({ course: course });
    expect(data.snapshot).toEqual(saved);
    const resumed = new CourseEngine(course, { snapshot: data.snapshot!, now: () => (clock += 1000) });
    const { context } = handOver(b.t, resumed);
    resumed.start();
    // Replaying the verdicts (as a buggy or restarted engine might) changes nothing.
    feed(b.t, [
      { type: 'course-completed', time: clock, courseId: course.id, durationMs: 1000 },
      { type: 'course-scored', time: clock, courseId: course.id, score: { raw: 2, min: 0, max: 2, scaled: 1 }, passed: true, passingScore: 80 },
    ], context);
    await b.t.terminate('exit');
    const all = await statementsIn(lrsEndpoint, first.params.registration);
    const later = all.slice(earlier.length);
    expect(defined(later)).toEqual(['initialized', 'terminated']);
    expect(cmi5Violations(later, second.params, second.data, earlier)).toEqual([]);
  });

  it('carries the learner\'s organisation unit on every statement, from the launch URL or the host, under the course\'s extension, and tells the session', async () => {
    const ext = course.tracking?.organisationExtension ?? 'https://coursekit.dev/xapi/ext/organisation-unit';
    const launched: Array<string | null | undefined> = [];
    const units = async (url: string, options: Cmi5TrackerOptions = {}) => {
      const { t } = tracker(url, options);
      launched.push((await t.launch({ course: course })).learner.unit);
      feed(t, firstSession(Date.now() - 600_000));
      await t.terminate('exit');
      const registration = new URL(url).searchParams.get('registration')!;
      return (await statementsIn(lrsEndpoint, registration)).map((s) => s.context?.extensions?.[ext]);
    };
    const fromUrl = cmi5Launch(server.fixture);
    const fromUrlUnits = await units(`${fromUrl.url}&organisation_unit=${encodeURIComponent('Inspektorat Jenderal')}`);
    expect(fromUrlUnits.length).toBeGreaterThan(5);
    expect(new Set(fromUrlUnits)).toEqual(new Set(['Inspektorat Jenderal']));
    const fromHost = cmi5Launch(server.fixture);
    expect(new Set(await units(fromHost.url, { organisationUnit: 'Biro Umum' }))).toEqual(new Set(['Biro Umum']));
    const none = cmi5Launch(server.fixture);
    expect(new Set(await units(none.url))).toEqual(new Set([undefined]));
    // The unit kerja on the certificate comes from the same launch value (the session's learner.unit).
    expect(launched).toEqual(['Inspektorat Jenderal', 'Biro Umum', null]);
  });

  it('uses the fetch URL once: a used one gives CK703 and nothing is tracked', async () => {
    const launch = cmi5Launch(server.fixture);
    await fetch(launch.params.fetch, { method: 'POST' });
    const { t, problems } = tracker(launch.url);
    const data = await t.launch({ course: course });
    expect(data.notices).toEqual([{ code: 'CK703', message: 'The LMS gave no access token: nothing is tracked in this session.' }]);
    expect(problems[0]).toEqual({
      tracker: 'cmi5',
      code: 'CK703',
      message: 'The LMS gave no access token: nothing is tracked in this session.',
      detail: 'the LMS refused the token (cmi5 error-code 1: The authorization token has already been returned.)',
    });
    feed(t, firstSession());
    await t.terminate('exit');
    expect(await statementsIn(lrsEndpoint, launch.params.registration)).toEqual([]);
  });

  it('says which launch parameter is wrong', async () => {
    const launch = cmi5Launch(server.fixture);
    const url = launch.url.replace(/registration=[^&]+/, 'registration=not-a-uuid');
    const { t } = tracker(url);
    const data = await t.launch({ course: course });
    expect(data.notices.map((n) => n.message)).toEqual(['The cmi5 launch cannot be used: registration "not-a-uuid" is not a UUID.']);
  });

  it('exits to returnURL after terminate', async () => {
    const launch = cmi5Launch(server.fixture, { returnURL: 'https://lms.example.go.id/course/42' });
    const exits: string[] = [];
    const { t } = tracker(launch.url, { exit: (url) => exits.push(url) });
    await t.launch({ course: course });
    await t.terminate('exit');
    await t.terminate('exit');
    expect(exits).toEqual(['https://lms.example.go.id/course/42']);
  });
});
