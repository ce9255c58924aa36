import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CourseEngine } from '../src/engine';
import { act, actionKinds, type Action } from './actions';
import { fakeClock, loadTour } from './tour';

const tour = loadTour();

/** Everything a learner or a tracker can read from an engine, for the ids the snapshot holds. */
function views(engine: CourseEngine, ids: { assessments: string[]; scenarios: string[] }) {
  const checks = engine.pages.flatMap((p) => p.page.blocks.flatMap((b) => (b.type === 'question' ? [b.question.id] : [])));
  return {
    page: engine.currentPage,
    progress: engine.progress,
    language: engine.language,
    responses: checks.map((id) => engine.responseTo(id)),
    canGoTo: engine.pages.map((p) => engine.canGoTo(p.pageId)),
    assessments: ids.assessments.map((id) => engine.assessment(id)),
    // Choice feedback is a moment on screen, not state: a resumed learner sees the node that follows.
    scenarios: ids.scenarios.map((id) => ({ ...engine.scenario(id), feedback: null })),
    completion: engine.completionStatus,
    success: engine.successStatus,
    score: engine.score,
    passingScore: engine.passingScore,
    certificate: engine.certificate?.id ?? null,
    totalTimeMs: engine.totalTimeMs,
  };
}

const action = fc.tuple(fc.oneof(...actionKinds.map(({ kind, weight }) => ({ arbitrary: fc.constant(kind), weight }))), fc.nat(1_000), fc.nat(1_000)) as fc.Arbitrary<Action>;

describe('snapshot and restore, from any reachable state of the tour course', () => {
  it('restore(snapshot) gives the same snapshot and the same views; the snapshot is plain JSON', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(action, { maxLength: 80, size: 'max' }), (seed, actions) => {
        const clock = fakeClock();
        const engine = new CourseEngine(tour, { seed, now: clock.now });
        for (const a of actions) act(engine, a, clock.tick);
        const snap = engine.snapshot();
        expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
        const restored = new CourseEngine(tour, { snapshot: JSON.parse(JSON.stringify(snap)), now: clock.now });
        expect(restored.restoreNotes).toEqual([]);
        expect(restored.snapshot()).toEqual(snap);
        const ids = { assessments: Object.keys(snap.assessments), scenarios: Object.keys(snap.scenarios) };
        expect(views(restored, ids)).toEqual(views(engine, ids));
        expect(restored.snapshot()).toEqual(engine.snapshot());
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('a restored engine goes on exactly as the original would', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(action, { maxLength: 40, size: 'max' }), fc.array(action, { maxLength: 40, size: 'max' }), (seed, before, after) => {
        const c1 = fakeClock();
        const original = new CourseEngine(tour, { seed, now: c1.now });
        for (const a of before) act(original, a, c1.tick);
        const c2 = fakeClock(c1.now());
        const restored = new CourseEngine(tour, { snapshot: original.snapshot(), now: c2.now });
        const pending = Object.values(original.snapshot().scenarios).length > 0;
        // Pending choice feedback is not saved; clear it on the original so both stand at the same point.
        if (pending) for (const id of Object.keys(original.snapshot().scenarios)) if (original.scenario(id).feedback !== null) original.advance(id);
        for (const a of after) {
          act(original, a, c1.tick);
          act(restored, a, c2.tick);
        }
        const { totalTimeMs: t1, ...s1 } = original.snapshot();
        const { totalTimeMs: t2, ...s2 } = restored.snapshot();
        expect(s2).toEqual(s1);
        expect(t2).toBe(t1);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
