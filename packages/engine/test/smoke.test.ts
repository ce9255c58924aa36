import { describe, expect, it } from 'vitest';
import { CourseEngine } from '../src/engine';
import { fakeClock, loadTour, playToEnd, record } from './tour';

describe('the tour course, played through with full-credit answers', () => {
  it('completes, passes, scores 100 and earns a certificate, with every event once', () => {
    const clock = fakeClock();
    const engine = new CourseEngine(loadTour(), { seed: 7, now: clock.now });
    const log = record(engine);
    engine.start();
    playToEnd(engine);
    expect(engine.completionStatus).toBe('completed');
    expect(engine.successStatus).toBe('passed');
    expect(engine.score).toEqual({ raw: 100, min: 0, max: 100, scaled: 1 });
    expect(engine.certificate?.id).toMatch(/^CKT-2026-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(log.types.filter((t) => ['module-completed', 'course-completed', 'course-scored', 'certificate-earned'].includes(t))).toEqual([
      'module-completed',
      'module-completed',
      'course-scored',
      'module-completed',
      'course-completed',
      'certificate-earned',
    ]);
  });
});
