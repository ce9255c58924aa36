import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../src/snapshot';
import { CourseEngine } from '../src/engine';
import { fakeClock, loadTour, playToEnd } from './tour';

const tour = loadTour();

/** A real snapshot from mid-course, with some of its parts replaced by anything at all. */
function base(): EngineSnapshot {
  const e = new CourseEngine(tour, { seed: 3, now: fakeClock().now });
  e.start();
  playToEnd(e);
  e.replay('parcel');
  e.advance('parcel');
  return e.snapshot();
}

const anything = fc.anything({ maxDepth: 2 });
const damage = fc.record(
  {
    top: fc.dictionary(fc.constantFrom('seed', 'language', 'pageId', 'viewed', 'answers', 'assessments', 'scenarios', 'completed', 'passed', 'certificateId', 'totalTimeMs'), anything),
    answer: fc.dictionary(fc.constantFrom('kc-single', 'kc-multiple', 'kc-matching', 'kc-sequencing', 'kc-reflection'), anything),
    attempt: fc.dictionary(fc.constantFrom('attempt', 'questionIds', 'responses', 'submitted', 'best', 'passed'), anything),
    run: fc.dictionary(fc.constantFrom('run', 'nodeId', 'variables', 'path', 'endingId', 'best'), anything),
  },
  { requiredKeys: [] },
);

describe('a damaged snapshot', () => {
  it('never makes the engine throw, and what it keeps restores exactly', () => {
    fc.assert(
      fc.property(damage, (d) => {
        const snap = base() as unknown as Record<string, unknown>;
        Object.assign(snap, d.top ?? {});
        const answers = snap.answers as Record<string, unknown> | undefined;
        if (answers && typeof answers === 'object') Object.assign(answers, d.answer ?? {});
        const quiz = (snap.assessments as Record<string, Record<string, unknown>> | undefined)?.['final-quiz'];
        if (quiz && typeof quiz === 'object') Object.assign(quiz, d.attempt ?? {});
        const run = (snap.scenarios as Record<string, Record<string, unknown>> | undefined)?.parcel;
        if (run && typeof run === 'object') Object.assign(run, d.run ?? {});

        const engine = new CourseEngine(tour, { snapshot: snap as unknown as EngineSnapshot, now: () => 0 });
        engine.start();
        engine.assessment('final-quiz');
        engine.scenario('parcel');
        const kept = engine.snapshot();
        expect(JSON.parse(JSON.stringify(kept))).toEqual(kept);
        const again = new CourseEngine(tour, { snapshot: kept, now: () => 0 });
        expect(again.restoreNotes).toEqual([]);
        expect(again.snapshot()).toEqual(kept);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
