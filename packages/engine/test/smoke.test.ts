import { describe, expect, it } from 'vitest';
import type { LearningEvent } from '../src/events';
import { CourseEngine } from '../src/engine';
import { certificateNumber } from '../src/progress/certificate';
import { fakeClock, loadTour, playToEnd, record } from './tour';

/** An event's type and what it is about, for reading a sequence at a glance. */
const label = (e: LearningEvent): string => {
  const about = 'pageId' in e ? e.pageId : 'moduleId' in e ? e.moduleId : 'scenarioId' in e ? e.scenarioId : 'assessmentId' in e ? e.assessmentId : '';
  return about ? `${e.type} ${about}` : e.type;
};

describe('the tour course, played through with full-credit answers', () => {
  it('emits every event in order, each milestone once', () => {
    const clock = fakeClock();
    const engine = new CourseEngine(loadTour(), { seed: 7, now: clock.now });
    const log = record(engine);
    engine.start();
    playToEnd(engine);
    const answered = (page: string, n: number) => Array.from({ length: n }, () => `question-answered ${page}`);
    expect(log.events.map(label)).toEqual([
      'course-started',
      'page-viewed intro',
      'page-viewed explore',
      'page-viewed check-basics',
      ...answered('check-basics', 4),
      'module-completed welcome',
      'page-viewed more-checks',
      ...answered('more-checks', 4),
      'page-viewed scenario-page',
      'scenario-started parcel',
      'scenario-choice parcel',
      'scenario-choice parcel',
      'scenario-ended parcel',
      'module-completed practice',
      'page-viewed quiz-page',
      'assessment-started final-quiz',
      ...answered('quiz-page', 10),
      'assessment-completed final-quiz',
      'course-scored',
      'page-viewed summary',
      'module-completed final',
      'course-completed',
      'certificate-earned',
    ]);
  });

  it('completes, passes, scores 100 and earns a certificate', () => {
    const clock = fakeClock();
    const engine = new CourseEngine(loadTour(), { seed: 7, now: clock.now });
    engine.start();
    playToEnd(engine);
    expect(engine.completionStatus).toBe('completed');
    expect(engine.successStatus).toBe('passed');
    expect(engine.score).toEqual({ raw: 100, min: 0, max: 100, scaled: 1 });
    expect(engine.passingScore).toBe(70);
    expect(engine.certificate).toEqual({ id: certificateNumber({ prefix: 'CKT', courseId: engine.course.id, learner: 'seed:7', attempt: 1 }), issuedAt: clock.now() });
    expect(engine.next()).toEqual({ ok: false, reason: 'ended', message: 'page "summary" is the last of 7' });
  });
});
