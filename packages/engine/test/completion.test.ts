import { describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import { CourseEngine } from '../src/engine';
import { certificateNumber, isCertificateNumber } from '../src/progress/certificate';
import { fakeClock, record } from './tour';
import { answerAttempt, miniCourse, tf } from './mini';

const milestones = ['module-completed', 'course-completed', 'course-scored', 'certificate-earned'];

/** Views every page of the mini course (free navigation), doing nothing on them. */
function viewAll(e: CourseEngine): void {
  for (const p of e.pages) e.goTo(p.pageId);
}

function make(patch: (c: ResolvedCourse) => void = () => {}, options: { passingScore?: number; learnerId?: string } = {}) {
  const clock = fakeClock();
  const e = new CourseEngine(
    miniCourse((c) => {
      c.navigation = { mode: 'free' };
      patch(c);
    }),
    { seed: 3, now: clock.now, ...options },
  );
  const log = record(e);
  e.start();
  return { e, log, clock };
}

describe('completion', () => {
  it('by default needs every page viewed, and nothing else', () => {
    const { e, log } = make();
    expect(e.completionStatus).toBe('incomplete');
    viewAll(e);
    expect(e.completionStatus).toBe('completed');
    expect(log.types.filter((t) => milestones.includes(t))).toEqual(['course-completed']);
  });

  it('is not-attempted before the first page view', () => {
    expect(new CourseEngine(miniCourse()).completionStatus).toBe('not-attempted');
  });

  it('pagesViewed: 60 is met at 3 of 5 pages, not at 2', () => {
    const { e } = make((c) => (c.completion = { pagesViewed: 60 }));
    e.goTo('p2');
    expect([e.progress.percent, e.completionStatus]).toEqual([40, 'incomplete']);
    e.goTo('p3');
    expect([e.progress.percent, e.completionStatus]).toEqual([60, 'completed']);
  });

  it('waits for the listed assessments to be submitted (passed or not) and the listed scenarios to end', () => {
    const { e } = make((c) => (c.completion = { pagesViewed: 0, assessments: ['a1'], scenarios: ['s1'] }));
    e.assessment('a1');
    e.submitAssessment('a1');
    expect(e.completionStatus).toBe('incomplete');
    e.scenario('s1');
    e.choose('s1', 'bad');
    expect(e.completionStatus).toBe('completed');
  });

  it('reports the time spent so far with course-completed', () => {
    const { e, log, clock } = make((c) => (c.completion = { pagesViewed: 100 }));
    clock.tick(90_000);
    viewAll(e);
    expect(log.events.find((x) => x.type === 'course-completed')).toMatchObject({ durationMs: 90_000 });
    expect(e.totalTimeMs).toBe(90_000);
  });
});

describe('mastery', () => {
  it('with no mastery rules and no override: no score, success unknown', () => {
    const { e } = make();
    e.assessment('a1');
    answerAttempt(e, 'a1', 4);
    e.submitAssessment('a1');
    expect([e.score, e.successStatus, e.passingScore]).toEqual([null, 'unknown', null]);
  });

  it('weights the best scaled score of each listed assessment, once every one is settled', () => {
    const { e, log } = make((c) => (c.mastery = { passingScore: 60, assessments: [{ assessment: 'a1', weight: 3 }, 'a2'] }));
    e.assessment('a1');
    answerAttempt(e, 'a1', 3);
    e.submitAssessment('a1'); // 0.75, passed: settled
    expect(e.score).toBeNull();
    e.assessment('a2');
    answerAttempt(e, 'a2', 0);
    e.submitAssessment('a2'); // 0, failed, unlimited attempts: not settled
    expect([e.score, e.successStatus]).toEqual([null, 'unknown']);
    e.retryAssessment('a2');
    answerAttempt(e, 'a2', 1);
    e.submitAssessment('a2'); // 1 of 4 = 0.25, failed again
    e.retryAssessment('a2');
    e.answerInAssessment('a2', 'a2-q2', { type: 'true-false', value: true });
    e.submitAssessment('a2'); // 3 of 4 = 0.75, passed
    // (3 × 0.75 + 1 × 0.75) / 4 = 0.75
    expect(e.score).toEqual({ raw: 75, min: 0, max: 100, scaled: 0.75 });
    expect(e.successStatus).toBe('passed');
    expect(log.events.filter((x) => x.type === 'course-scored')).toEqual([
      { type: 'course-scored', score: { raw: 75, min: 0, max: 100, scaled: 0.75 }, passed: true, passingScore: 60, time: Date.UTC(2026, 10, 24, 9), courseId: 'mini' },
    ]);
  });

  it('fails below the passing score once the last attempt is used', () => {
    const { e } = make((c) => (c.mastery = { passingScore: 70, assessments: ['a1'] }));
    e.assessment('a1');
    answerAttempt(e, 'a1', 2);
    e.submitAssessment('a1');
    expect(e.successStatus).toBe('unknown');
    e.retryAssessment('a1');
    answerAttempt(e, 'a1', 1);
    e.submitAssessment('a1');
    // best of 0.5 and 0.25
    expect([e.score?.scaled, e.successStatus]).toEqual([0.5, 'failed']);
  });

  it('requireEachPassed fails a course whose weighted score passes when one assessment failed', () => {
    const rules = (requireEachPassed: boolean) => (c: ResolvedCourse) => {
      c.mastery = { passingScore: 50, assessments: ['a1', 'a2'], requireEachPassed };
      c.assessments![0]!.attempts = 1;
    };
    for (const [requireEachPassed, verdict] of [[false, 'passed'], [true, 'failed']] as const) {
      const { e } = make(rules(requireEachPassed));
      e.assessment('a1');
      answerAttempt(e, 'a1', 2); // 0.5 < 75: a1 failed, its one attempt used
      e.submitAssessment('a1');
      e.assessment('a2');
      answerAttempt(e, 'a2', 2); // 1.0: passed
      e.submitAssessment('a2');
      // (0.5 + 1) / 2 = 0.75 ≥ 0.5
      expect([e.score?.scaled, e.successStatus]).toEqual([0.75, verdict]);
    }
  });

  it('an LMS passing score (options.passingScore) judges the mastery assessments too: 90 fails against 95, and a retry is offered', () => {
    const tenQuestions = (c: ResolvedCourse) => {
      c.mastery = { passingScore: 80, assessments: ['a1'] };
      c.assessments![0]!.passingScore = 80;
      c.assessments![0]!.questions = Array.from({ length: 10 }, (_, i) => tf(`a1-q${i + 1}`));
    };
    const { e, log } = make(tenQuestions, { passingScore: 95 });
    expect(e.passingScore).toBe(95);
    expect(e.assessment('a1').passingScore).toBe(95);
    answerAttempt(e, 'a1', 9);
    expect(e.submitAssessment('a1')).toEqual({ ok: true, score: { raw: 9, min: 0, max: 10, scaled: 0.9 }, passed: false, attemptsLeft: 1 });
    expect(log.events.find((x) => x.type === 'assessment-completed')).toMatchObject({ passed: false, passingScore: 95, attemptsLeft: 1 });
    expect(e.assessment('a1').result).toEqual({ score: { raw: 9, min: 0, max: 10, scaled: 0.9 }, passed: false });
    expect(e.successStatus).toBe('unknown');
    expect('ok' in e.retryAssessment('a1')).toBe(false);
    answerAttempt(e, 'a1', 10);
    e.submitAssessment('a1');
    expect(log.events.find((x) => x.type === 'course-scored')).toMatchObject({ passed: true, passingScore: 95, score: { raw: 100, min: 0, max: 100, scaled: 1 } });
    expect(e.successStatus).toBe('passed');
  });

  it('an assessment outside the mastery rules keeps its own passing score under an LMS passing score', () => {
    const { e } = make((c) => (c.mastery = { passingScore: 50, assessments: ['a2'] }), { passingScore: 95 });
    expect([e.assessment('a1').passingScore, e.assessment('a2').passingScore]).toEqual([75, 95]);
  });

  it('an LMS passing score with no mastery rules scores the course on every assessment', () => {
    const { e } = make(() => {}, { passingScore: 50 });
    for (const a of ['a1', 'a2']) {
      e.assessment(a);
      answerAttempt(e, a, 4);
      e.submitAssessment(a);
    }
    expect([e.score?.scaled, e.successStatus]).toEqual([1, 'passed']);
  });
});

describe('certificate', () => {
  const withCertificate = (requires?: 'completion' | 'pass') => (c: ResolvedCourse) => {
    c.mastery = { passingScore: 50, assessments: ['a2'] };
    c.certificate = { enabled: true, issuer: 'KPK', idPrefix: 'IR', ...(requires ? { requires } : {}) };
  };

  it('requires pass by default: completed and passed', () => {
    const { e, log } = make(withCertificate());
    viewAll(e);
    expect(e.certificate).toBeNull();
    e.assessment('a2');
    answerAttempt(e, 'a2', 2);
    e.submitAssessment('a2');
    expect(e.certificate).toEqual({ id: certificateNumber({ prefix: 'IR', courseId: 'mini', learner: 'seed:3', attempt: 1 }), issuedAt: Date.UTC(2026, 10, 24, 9) });
    expect(log.events.filter((x) => milestones.includes(x.type)).map((x) => x.type)).toEqual(['course-completed', 'course-scored', 'certificate-earned']);
    // Completing did not issue it (passing does): only the passed verdict carries the number.
    expect(log.events.find((x) => x.type === 'course-completed')).not.toHaveProperty('certificateId');
    expect(log.events.find((x) => x.type === 'course-scored')).toMatchObject({ passed: true, certificateId: e.certificate!.id });
    expect(log.events.at(-1)).toEqual({ type: 'certificate-earned', certificateId: e.certificate!.id, score: { raw: 100, min: 0, max: 100, scaled: 1 }, time: Date.UTC(2026, 10, 24, 9), courseId: 'mini' });
  });

  it('is not issued for a failed course', () => {
    const { e } = make((c) => {
      withCertificate()(c);
      c.assessments![1]!.attempts = 1;
    });
    viewAll(e);
    e.assessment('a2');
    e.submitAssessment('a2');
    expect([e.successStatus, e.certificate]).toEqual(['failed', null]);
  });

  it('requires: completion issues it on completion, with no score', () => {
    const { e, log } = make(withCertificate('completion'));
    viewAll(e);
    expect(log.events.find((x) => x.type === 'certificate-earned')).toMatchObject({ score: null });
  });

  it('requires: completion puts the number on the completed event', () => {
    const { e, log } = make(withCertificate('completion'));
    viewAll(e);
    expect(log.events.find((x) => x.type === 'course-completed')).toMatchObject({ certificateId: e.certificate!.id });
  });

  it("is numbered from the course, the LMS's learner id and the attempt, whatever the seed", () => {
    const ids = [1, 2].map(() => {
      const { e } = make(withCertificate(), { learnerId: 'siti@example.go.id' });
      viewAll(e);
      e.assessment('a2');
      e.submitAssessment('a2');
      e.retryAssessment('a2');
      answerAttempt(e, 'a2', 2);
      e.submitAssessment('a2');
      return e.certificate!.id;
    });
    expect(ids).toEqual([certificateNumber({ prefix: 'IR', courseId: 'mini', learner: 'siti@example.go.id', attempt: 2 }), ids[0]]);
    expect(isCertificateNumber(ids[0]!)).toBe(true);
  });

  it('keeps its date of issue, and what the learner entered, across a resume', () => {
    const { e, log } = make(withCertificate('completion'));
    viewAll(e);
    e.setLearner({ name: ' Siti Rahmawati ', nip: '199001012015012001', unit: '' });
    e.setLearner({ name: 'Siti Rahmawati', nip: '199001012015012001' });
    expect(log.events.filter((x) => x.type === 'learner-profile-changed')).toEqual([
      { type: 'learner-profile-changed', learner: { name: 'Siti Rahmawati', nip: '199001012015012001' }, time: Date.UTC(2026, 10, 24, 9), courseId: 'mini' },
    ]);
    const resumed = new CourseEngine(e.course, { snapshot: JSON.parse(JSON.stringify(e.snapshot())), now: () => Date.UTC(2026, 11, 1) });
    expect(resumed.certificate).toEqual({ id: e.certificate!.id, issuedAt: Date.UTC(2026, 10, 24, 9) });
    expect(resumed.learner).toEqual({ name: 'Siti Rahmawati', nip: '199001012015012001' });
  });
});

describe('milestones are announced once', () => {
  it('each module, the completion, the score and the certificate, in that order, even when actions repeat', () => {
    const { e, log } = make((c) => {
      c.mastery = { passingScore: 50 };
      c.certificate = { enabled: true, issuer: 'KPK' };
    });
    viewAll(e);
    e.answer('kc', { type: 'true-false', value: true });
    e.answer('kc', { type: 'true-false', value: false });
    for (const a of ['a1', 'a2']) {
      e.assessment(a);
      answerAttempt(e, a, 4);
      e.submitAssessment(a);
    }
    e.scenario('s1');
    e.choose('s1', 'good');
    e.replay('s1');
    e.choose('s1', 'bad');
    viewAll(e);
    expect(log.types.filter((t) => milestones.includes(t))).toEqual(['course-completed', 'module-completed', 'course-scored', 'certificate-earned', 'module-completed']);
    expect(log.events.filter((x) => x.type === 'module-completed').map((x) => x.type === 'module-completed' && x.moduleId)).toEqual(['m1', 'm2']);
  });

  it('never again by an engine resumed from a snapshot', () => {
    const { e, log } = make((c) => {
      c.mastery = { passingScore: 50 };
      c.certificate = { enabled: true, issuer: 'KPK' };
    });
    viewAll(e);
    e.answer('kc', { type: 'true-false', value: true });
    for (const a of ['a1', 'a2']) {
      e.assessment(a);
      answerAttempt(e, a, 4);
      e.submitAssessment(a);
    }
    e.scenario('s1');
    e.choose('s1', 'good');
    expect(log.types.filter((t) => milestones.includes(t))).toHaveLength(5);
    const resumed = new CourseEngine(e.course, { snapshot: e.snapshot(), now: () => 0 });
    const after = record(resumed);
    resumed.start();
    viewAll(resumed);
    resumed.replay('s1');
    resumed.choose('s1', 'good');
    expect(after.types).toEqual(['course-resumed', 'page-viewed', 'page-viewed', 'page-viewed', 'page-viewed', 'page-viewed', 'page-viewed', 'scenario-started', 'scenario-choice', 'scenario-ended']);
    expect([resumed.completionStatus, resumed.successStatus, resumed.certificate?.id]).toEqual(['completed', 'passed', e.certificate!.id]);
  });
});

describe('knowledge checks', () => {
  it('keep the latest answer, report each with its page and latency, and give feedback', () => {
    const { e, log, clock } = make((c) => {
      const block = c.modules[0]!.pages[1]!.blocks[0]!;
      if (block.type === 'question') block.question.feedback = { correct: 'Yes', incorrect: 'No' };
    });
    e.goTo('p2');
    clock.tick(1_500);
    expect(e.answer('kc', { type: 'true-false', value: false })).toEqual({ ok: true, correct: false, score: { raw: 0, min: 0, max: 1, scaled: 0 }, feedback: 'No' });
    expect(e.answer('kc', { type: 'true-false', value: true })).toEqual({ ok: true, correct: true, score: { raw: 1, min: 0, max: 1, scaled: 1 }, feedback: 'Yes' });
    expect(e.responseTo('kc')).toEqual({ type: 'true-false', value: true });
    expect(e.responseTo('other')).toBeUndefined();
    expect(log.events.filter((x) => x.type === 'question-answered').map((x) => x.type === 'question-answered' && [x.pageId, x.moduleId, x.latencyMs, x.correct, x.assessmentId])).toEqual([
      ['p2', 'm1', 1_500, false, undefined],
      ['p2', 'm1', 1_500, true, undefined],
    ]);
  });

  it('refuse a response that does not fit, and throw on ids that are not knowledge checks', () => {
    const { e } = make();
    expect(e.answer('kc', { type: 'single-choice', choice: 'x' })).toEqual({ ok: false, reason: 'invalid-response', message: 'question "kc" is true-false; the response is single-choice' });
    expect(e.responseTo('kc')).toBeUndefined();
    expect(() => e.answer('a1-q1', { type: 'true-false', value: true })).toThrow('CK350 question "a1-q1" is in an assessment or a bank, not a knowledge check; use answerInAssessment');
    expect(() => e.answer('zz', { type: 'true-false', value: true })).toThrow('CK350 question "zz" is not in the course');
  });
});
