import { describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import { CourseEngine } from '../src/engine';
import { fakeClock, loadTour, playScenario, record } from './tour';

/** A tour learner mid-course: three pages in, checks answered, the quiz half done, the scenario at a choice. */
function midCourse(course: ResolvedCourse = loadTour()) {
  const clock = fakeClock();
  const engine = new CourseEngine(course, { seed: 11, now: clock.now, language: 'en' });
  engine.start();
  engine.next();
  engine.next();
  engine.answer('kc-single', { type: 'single-choice', choice: 'accept' });
  engine.answer('kc-multiple', { type: 'multiple-response', choices: ['parcel', 'fee'] });
  engine.answer('kc-fill-in', { type: 'fill-in', text: 'kpk' });
  const quiz = engine.assessment('final-quiz');
  engine.answerInAssessment('final-quiz', 'fq-true-false', { type: 'true-false', value: true });
  engine.answerInAssessment('final-quiz', 'fq-matching', { type: 'matching', matches: { kpk: 'kpk', upg: 'asn' } });
  engine.scenario('parcel');
  engine.advance('parcel');
  engine.advance('parcel');
  engine.choose('parcel', 'accept-report');
  engine.advance('parcel');
  clock.tick(125_000);
  return { engine, clock, quiz };
}

describe('snapshot', () => {
  it('holds the whole state as plain JSON', () => {
    const { engine, quiz } = midCourse();
    const snap = engine.snapshot();
    expect(snap).toEqual({
      v: 1,
      courseId: 'coursekit-tour',
      courseVersion: '1.0.0',
      seed: 11,
      language: 'en',
      pageId: 'check-basics',
      viewed: ['intro', 'explore', 'check-basics'],
      answers: {
        'kc-single': { type: 'single-choice', choice: 'accept' },
        'kc-multiple': { type: 'multiple-response', choices: ['parcel', 'fee'] },
        'kc-fill-in': { type: 'fill-in', text: 'kpk' },
      },
      assessments: {
        'final-quiz': {
          attempt: 1,
          questionIds: quiz.questions.map((q) => q.id),
          responses: { 'fq-true-false': { type: 'true-false', value: true }, 'fq-matching': { type: 'matching', matches: { kpk: 'kpk', upg: 'asn' } } },
          submitted: false,
          best: null,
          passed: false,
        },
      },
      scenarios: { parcel: { run: 1, nodeId: 'follow-up', variables: { integrity: 55, trust: 50 }, path: ['accept-report'], endingId: null, best: null } },
      completed: false,
      passed: null,
      certificateId: null,
      totalTimeMs: 125_000,
    });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it('is a copy: changing it changes nothing in the engine', () => {
    const { engine } = midCourse();
    const snap = engine.snapshot();
    snap.viewed.push('summary');
    snap.scenarios.parcel!.variables.integrity = 0;
    (snap.answers['kc-multiple'] as { choices: string[] }).choices.push('salary');
    expect(engine.snapshot().viewed).toHaveLength(3);
    expect(engine.scenario('parcel').variables.integrity).toBe(55);
    expect(engine.responseTo('kc-multiple')).toEqual({ type: 'multiple-response', choices: ['parcel', 'fee'] });
  });
});

describe('restore', () => {
  it('puts the learner back exactly, and start() says course-resumed on that page', () => {
    const { engine, clock } = midCourse();
    const resumed = new CourseEngine(engine.course, { snapshot: engine.snapshot(), now: clock.now });
    const log = record(resumed);
    resumed.start();
    expect(log.events).toEqual([
      { type: 'course-resumed', language: 'en', pageId: 'check-basics', time: clock.now(), courseId: 'coursekit-tour' },
      { type: 'page-viewed', moduleId: 'welcome', pageId: 'check-basics', progress: { viewed: 3, total: 7 }, time: clock.now(), courseId: 'coursekit-tour' },
    ]);
    expect(resumed.scenario('parcel')).toEqual(engine.scenario('parcel'));
    expect(resumed.assessment('final-quiz')).toEqual(engine.assessment('final-quiz'));
    expect(resumed.responseTo('kc-fill-in')).toEqual({ type: 'fill-in', text: 'kpk' });
    expect(resumed.language).toBe('en');
  });

  it('counts time over sessions', () => {
    const { engine, clock } = midCourse();
    const resumed = new CourseEngine(engine.course, { snapshot: engine.snapshot(), now: clock.now });
    clock.tick(5_000);
    expect(resumed.totalTimeMs).toBe(130_000);
    expect(resumed.snapshot().totalTimeMs).toBe(130_000);
  });

  it('prefers the language asked for over the saved one', () => {
    const { engine } = midCourse();
    expect(new CourseEngine(engine.course, { snapshot: engine.snapshot(), language: 'id' }).language).toBe('id');
  });

  it('keeps the saved seed over a new one', () => {
    const { engine } = midCourse();
    expect(new CourseEngine(engine.course, { snapshot: engine.snapshot(), seed: 99 }).snapshot().seed).toBe(11);
  });

  it('starts afresh, with a note, from a snapshot of another course', () => {
    const { engine } = midCourse();
    const other = { ...engine.snapshot(), courseId: 'another' };
    const fresh = new CourseEngine(engine.course, { snapshot: other, seed: 5 });
    expect(fresh.restoreNotes).toEqual(['the snapshot is of course "another", not "coursekit-tour"; starting afresh']);
    expect(fresh.snapshot()).toMatchObject({ seed: 5, pageId: 'intro', viewed: [], answers: {}, assessments: {}, scenarios: {} });
    const log = record(fresh);
    fresh.start();
    expect(log.types[0]).toBe('course-started');
  });

  it('survives a course edit: drops what no longer exists, keeps the rest, and says what it dropped', () => {
    const { engine } = midCourse();
    const snap = engine.snapshot();
    const edited = loadTour();
    // The page the learner was on, a knowledge check, a quiz question and a scenario node are gone;
    // a choice was removed from kc-single, so the saved answer no longer fits.
    edited.modules[0]!.pages = edited.modules[0]!.pages.filter((p) => p.id !== 'check-basics').concat({
      id: 'check-basics-2',
      title: 'Checks',
      blocks: [
        ...loadTour().modules[0]!.pages[2]!.blocks.filter((b) => !(b.type === 'question' && b.question.id === 'kc-fill-in')),
      ],
    });
    const single = edited.modules[0]!.pages[2]!.blocks[0]!;
    if (single.type === 'question' && single.question.type === 'single-choice') single.question.choices = single.question.choices.filter((c) => c.id !== 'accept');
    edited.assessments![0]!.questions = edited.assessments![0]!.questions!.filter((q) => q.id !== 'fq-matching');
    edited.scenarios![0]!.nodes = edited.scenarios![0]!.nodes.filter((n) => n.id !== 'follow-up');
    edited.scenarios![0]!.variables!.push({ name: 'courage', label: 'Courage', initial: 10 });

    const resumed = new CourseEngine(edited, { snapshot: snap });
    expect(resumed.restoreNotes).toEqual([
      'page "check-basics" is no longer in the course; resuming on the first page',
      'pages no longer in the course were dropped from the pages viewed',
      'the answer to "kc-single" no longer fits the course and was dropped',
      'the answer to "kc-fill-in" no longer fits the course and was dropped',
      'assessment "final-quiz": questions no longer in the course were dropped from attempt 1',
      'assessment "final-quiz": the response to "fq-matching" no longer fits the course and was dropped',
      'scenario "parcel": node "follow-up" is no longer in the course; run 1 starts again',
    ]);
    const after = resumed.snapshot();
    expect(after.pageId).toBe('intro');
    expect(after.viewed).toEqual(['intro', 'explore']);
    expect(after.answers).toEqual({ 'kc-multiple': { type: 'multiple-response', choices: ['parcel', 'fee'] } });
    expect(after.assessments['final-quiz']!.questionIds).toEqual(snap.assessments['final-quiz']!.questionIds.filter((id) => id !== 'fq-matching'));
    expect(after.assessments['final-quiz']!.responses).toEqual({ 'fq-true-false': { type: 'true-false', value: true } });
    expect(after.scenarios.parcel).toEqual({ run: 1, nodeId: 'arrive', variables: { integrity: 50, trust: 50, courage: 10 }, path: [], endingId: null, best: null });
    // And the learner can go on.
    resumed.start();
    playScenario(resumed, 'parcel', (offered) => offered[offered.length - 1]!);
    expect(resumed.next()).toEqual({ ok: true });
  });

  it('drops the state of an assessment or scenario the course no longer has, and keeps the variables of a scenario that remains', () => {
    const { engine } = midCourse();
    const snap = engine.snapshot();
    const edited = loadTour();
    edited.assessments = [];
    edited.scenarios![0]!.variables = edited.scenarios![0]!.variables!.filter((v) => v.name !== 'trust');
    const resumed = new CourseEngine(edited, { snapshot: snap });
    expect(resumed.restoreNotes).toEqual(['assessment "final-quiz" is no longer in the course; its attempts were dropped']);
    expect(resumed.snapshot().assessments).toEqual({});
    expect(resumed.snapshot().scenarios.parcel).toMatchObject({ nodeId: 'follow-up', variables: { integrity: 55 }, path: ['accept-report'] });
  });

  it('clamps saved variables to bounds that changed', () => {
    const { engine } = midCourse();
    const edited = loadTour();
    edited.scenarios![0]!.variables![0]!.max = 40;
    expect(new CourseEngine(edited, { snapshot: engine.snapshot() }).scenario('parcel').variables).toEqual({ integrity: 40, trust: 50 });
  });
});
