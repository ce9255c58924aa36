import { describe, expect, it } from 'vitest';
import { CourseEngine } from '../src/engine';
import { EngineCore } from '../src/core';
import { EngineError } from '../src/errors';
import { LazyCourseEngine } from '../src/lazy';
import { engineRules } from '../src/rules';
import { scenarioRules } from '../src/scenario-rules';
import { answerAttempt, miniCourse } from './mini';
import { fakeClock, loadTour, playScenario, record } from './tour';

/** A tour learner with a scenario at a choice, a quiz half answered and checks answered: the state to resume. */
function savedMidCourse() {
  const clock = fakeClock();
  const engine = new CourseEngine(loadTour(), { seed: 11, now: clock.now, language: 'en' });
  engine.start();
  engine.next();
  engine.next();
  engine.answer('kc-single', { type: 'single-choice', choice: 'accept' });
  engine.answer('kc-fill-in', { type: 'fill-in', text: 'kpk' });
  engine.assessment('final-quiz');
  engine.answerInAssessment('final-quiz', 'fq-true-false', { type: 'true-false', value: true });
  engine.scenario('parcel');
  engine.advance('parcel');
  engine.advance('parcel');
  engine.choose('parcel', 'accept-report');
  return { snapshot: engine.snapshot(), clock };
}

describe('the engine with its rules on demand', () => {
  it('keeps a snapshot as saved until the rules arrive, then restores its scenarios and attempts exactly', () => {
    const { snapshot, clock } = savedMidCourse();
    const course = loadTour();
    const lazy = new EngineCore(course, { snapshot, now: clock.now });
    const eager = new CourseEngine(course, { snapshot, now: clock.now });
    expect(lazy.ready).toBe(false);
    expect(lazy.snapshot()).toEqual(snapshot);
    expect(lazy.responseTo('kc-single')).toEqual({ type: 'single-choice', choice: 'accept' });
    expect(lazy.score).toBe(null);
    lazy.provide(engineRules);
    expect(lazy.ready).toBe(true);
    expect(lazy.snapshot()).toEqual(eager.snapshot());
    expect(lazy.scenario('parcel')).toEqual(eager.scenario('parcel'));
    expect(lazy.scenario('parcel').canGoBack).toBe(true);
    expect(lazy.assessment('final-quiz')).toEqual(eager.assessment('final-quiz'));
    expect(lazy.restoreNotes).toEqual(eager.restoreNotes);
  });

  it('refuses scenario and assessment calls with CK645 before the rules arrive', () => {
    const engine = new EngineCore(miniCourse());
    engine.start();
    expect(() => engine.scenario('s1')).toThrow(EngineError);
    expect(() => engine.assessment('a1')).toThrow('CK645 the scenario and assessment rules have not arrived yet; call this after `await engine.whenReady()`');
    expect(engine.next()).toEqual({ ok: true });
    expect(engine.currentPage.pageId).toBe('p2');
  });

  it('scores an answer given before the rules arrived, when they arrive, and announces what it completed', () => {
    const clock = fakeClock();
    const course = miniCourse((c) => (c.completion = { pagesViewed: 100 }));
    const engine = new EngineCore(course, { seed: 3, now: clock.now });
    const seen = record(engine);
    engine.start();
    engine.next();
    clock.tick(4_000);
    expect(engine.answer('kc', { type: 'true-false', value: true })).toEqual({ ok: true, correct: null, score: null, feedback: null });
    expect(engine.responseTo('kc')).toEqual({ type: 'true-false', value: true });
    expect(engine.snapshot().answers).toEqual({ kc: { type: 'true-false', value: true } });
    expect(seen.types).toEqual(['course-started', 'page-viewed', 'page-viewed']);
    clock.tick(1_000);
    engine.provide(engineRules);
    expect(seen.types.slice(3)).toEqual(['question-answered']);
    const answered = seen.events[3]!;
    expect(answered).toMatchObject({ type: 'question-answered', pageId: 'p2', moduleId: 'm1', correct: true, score: { raw: 1, min: 0, max: 1, scaled: 1 }, latencyMs: 4_000 });
    expect(engine.completionStatus).toBe('incomplete');
  });

  it('never announces again a module the snapshot had completed', () => {
    const course = miniCourse((c) => (c.completion = { pagesViewed: 100 }));
    const first = new CourseEngine(course, { seed: 5 });
    first.start();
    first.next();
    first.answer('kc', { type: 'true-false', value: false });
    first.next();
    answerAttempt(first, 'a1', 4);
    expect(first.submitAssessment('a1')).toMatchObject({ ok: true, passed: true });
    const saved = first.snapshot();
    const engine = new EngineCore(course, { snapshot: saved });
    const seen = record(engine);
    engine.start();
    engine.provide(engineRules);
    expect(seen.types).toEqual(['course-resumed', 'page-viewed']);
    engine.next();
    engine.provide(engineRules);
    expect(seen.types).toEqual(['course-resumed', 'page-viewed', 'page-viewed']);
  });

  it('completes a course that asks only for pages viewed before the rules arrive, and one that asks for an assessment when they do', () => {
    const free = (c: ReturnType<typeof miniCourse>) => ((c as { navigation?: unknown }).navigation = { mode: 'free' });
    const pagesOnly = miniCourse((c) => {
      c.completion = { pagesViewed: 100 };
      free(c);
    });
    const early = new EngineCore(pagesOnly, { seed: 5 });
    const seenEarly = record(early);
    early.start();
    for (const id of ['p2', 'p3', 'p4', 'p5']) early.goTo(id);
    expect(seenEarly.types.slice(-1)).toEqual(['course-completed']);

    const withQuiz = miniCourse((c) => {
      c.completion = { pagesViewed: 100, assessments: ['a1'] };
      free(c);
    });
    const first = new CourseEngine(withQuiz, { seed: 5 });
    first.start();
    first.goTo('p3');
    answerAttempt(first, 'a1', 1);
    first.submitAssessment('a1');
    const engine = new EngineCore(withQuiz, { snapshot: first.snapshot() });
    const seen = record(engine);
    engine.start();
    for (const id of ['p2', 'p4', 'p5']) engine.goTo(id);
    expect(engine.completionStatus).toBe('incomplete');
    const before = seen.types.length;
    engine.provide(engineRules);
    expect(seen.types.slice(before)).toEqual(['course-completed']);
    expect(engine.completionStatus).toBe('completed');
  });

  it('LazyCourseEngine loads its rules by itself: whenReady resolves, and the saved scenario is where the learner left it', async () => {
    const { snapshot, clock } = savedMidCourse();
    const engine = new LazyCourseEngine(loadTour(), { snapshot, now: clock.now });
    expect(engine.ready).toBe(false);
    engine.start();
    await engine.whenReady();
    expect(engine.ready).toBe(true);
    expect(engine.scenario('parcel')).toEqual(new CourseEngine(loadTour(), { snapshot, now: clock.now }).scenario('parcel'));
    const eager = new CourseEngine(loadTour(), { snapshot, now: clock.now });
    playScenario(engine, 'parcel');
    playScenario(eager, 'parcel');
    expect(engine.snapshot().scenarios).toEqual(eager.snapshot().scenarios);
    expect(engine.scenario('parcel').ending).not.toBe(null);
  });

  it('with the scenario rules only, plays scenarios, keeps the saved answers and attempts as saved, and refuses questions with CK646', () => {
    const { snapshot, clock } = savedMidCourse();
    const engine = new EngineCore(loadTour(), { snapshot, now: clock.now }, scenarioRules);
    const eager = new CourseEngine(loadTour(), { snapshot, now: clock.now });
    expect(engine.ready).toBe(true);
    expect(engine.scenario('parcel')).toEqual(eager.scenario('parcel'));
    playScenario(engine, 'parcel');
    playScenario(eager, 'parcel');
    const saved = engine.snapshot();
    expect(saved.scenarios).toEqual(eager.snapshot().scenarios);
    expect([saved.answers, saved.assessments]).toEqual([snapshot.answers, snapshot.assessments]);
    expect(() => engine.assessment('final-quiz')).toThrow('CK646 this engine plays scenarios only: it has no rules of questions or assessments (use CourseEngine or LazyCourseEngine)');
    expect(() => engine.answer('kc-single', { type: 'single-choice', choice: 'accept' })).toThrow(EngineError);
  });
});
