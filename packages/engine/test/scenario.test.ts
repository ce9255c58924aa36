import { describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import type { ScenarioView } from '../src/api';
import type { Refusal } from '../src/api';
import { CourseEngine } from '../src/engine';
import { fakeClock, loadTour, record } from './tour';

function engineFor(course: ResolvedCourse = loadTour()) {
  const clock = fakeClock();
  const engine = new CourseEngine(course, { seed: 1, now: clock.now });
  return { engine, clock, log: record(engine) };
}

const view = (r: ScenarioView | Refusal): ScenarioView => {
  if ('ok' in r) throw new Error(r.message);
  return r;
};

/** Plays "parcel" along choice ids, moving past narration, dialogue and feedback. */
function play(engine: CourseEngine, path: string[]): ScenarioView {
  let v = engine.scenario('parcel');
  let i = 0;
  for (let guard = 0; guard < 50 && !v.ending; guard++) {
    if (v.feedback !== null || v.node.type !== 'choice') v = view(engine.advance('parcel'));
    else if (i < path.length) v = view(engine.choose('parcel', path[i++]!));
    else break;
  }
  return v;
}

describe('the scenario runner on the tour scenario "parcel"', () => {
  it('starts run 1 at the start node with the initial variables', () => {
    const { engine, log } = engineFor();
    const v = engine.scenario('parcel');
    expect([v.run, v.node.id, v.variables, v.path, v.ending, v.feedback]).toEqual([1, 'arrive', { integrity: 50, trust: 50 }, [], null, null]);
    expect(log.events).toEqual([{ type: 'scenario-started', scenarioId: 'parcel', run: 1, time: Date.UTC(2026, 10, 24, 9), courseId: 'coursekit-tour' }]);
  });

  it.each([
    [['refuse', 'report'], 'ending-success', { integrity: 100, trust: 35 }],
    [['refuse', 'do-nothing'], 'ending-partial', { integrity: 70, trust: 35 }],
    [['accept-report', 'report'], 'ending-partial', { integrity: 75, trust: 50 }],
    [['accept-report', 'ask-rina'], 'ending-success', { integrity: 65, trust: 70 }],
    [['accept-report', 'do-nothing'], 'ending-failure', { integrity: 45, trust: 50 }],
    [['accept'], 'ending-failure', { integrity: 0, trust: 40 }],
  ])('along %j ends at %s with %j', (path, ending, variables) => {
    const { engine, log } = engineFor();
    const v = play(engine, path);
    expect(v.ending?.id).toBe(ending);
    expect(v.variables).toEqual(variables);
    expect(v.path).toEqual(path);
    const ended = log.events.filter((e) => e.type === 'scenario-ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ endingId: ending, variables, path, run: 1 });
  });

  it('offers a conditional choice only while its condition holds', () => {
    const afterRefuse = play(engineFor().engine, ['refuse']);
    expect(afterRefuse.node.id).toBe('follow-up');
    expect(afterRefuse.choices.map((c) => c.id)).toEqual(['report', 'do-nothing']);
    const { engine } = engineFor();
    const afterAccept = play(engine, ['accept-report']);
    expect(afterAccept.choices.map((c) => c.id)).toEqual(['report', 'ask-rina', 'do-nothing']);
    expect(play(engineFor().engine, ['refuse']).choices.some((c) => c.id === 'ask-rina')).toBe(false);
    const e2 = engineFor().engine;
    play(e2, ['refuse']);
    expect(e2.choose('parcel', 'ask-rina')).toEqual({ ok: false, reason: 'unavailable-choice', message: 'scenario "parcel": choice "ask-rina" is not offered at "follow-up": its condition does not hold' });
  });

  it('applies choice effects, records the choice with what was offered, shows feedback, then moves on with advance', () => {
    const { engine, clock, log } = engineFor();
    play(engine, []);
    clock.tick(4_000);
    const v = view(engine.choose('parcel', 'refuse'));
    // The choice moves on at once; its feedback stays until the learner continues.
    expect([v.node.id, v.feedback, v.variables]).toEqual(['follow-up', { id: 'Pak Budi tampak kecewa, tetapi Anda tetap bersih.', en: 'Mr Budi looks let down, but your hands stay clean.' }, { integrity: 80, trust: 35 }]);
    expect(log.events.find((e) => e.type === 'scenario-choice')).toMatchObject({
      nodeId: 'decide',
      choiceId: 'refuse',
      choiceText: 'Menolak dengan sopan',
      promptText: 'Pak Budi menyodorkan parsel. Apa yang Anda lakukan?',
      offered: ['refuse', 'accept-report', 'accept'],
      variables: { integrity: 80, trust: 35 },
      latencyMs: 4_000,
    });
    const after = view(engine.advance('parcel'));
    expect([after.node.id, after.feedback]).toEqual(['follow-up', null]);
  });

  it('applies node effects on arrival, clamped (accept: integrity 10 − 20 stops at 0)', () => {
    const { engine } = engineFor();
    play(engine, []);
    const v = view(engine.choose('parcel', 'accept'));
    expect([v.node.id, v.variables]).toEqual(['keep-quiet', { integrity: 0, trust: 40 }]);
  });

  it('refuses what does not fit the node', () => {
    const { engine } = engineFor();
    expect(engine.advance('parcel')).toMatchObject({ ok: false, reason: 'not-started' });
    engine.scenario('parcel');
    expect(engine.choose('parcel', 'refuse')).toEqual({ ok: false, reason: 'unavailable-choice', message: 'scenario "parcel" is at narration node "arrive", which has no choices' });
    play(engine, []);
    expect(engine.advance('parcel')).toEqual({ ok: false, reason: 'unavailable-choice', message: 'scenario "parcel" waits for a choice at "decide"' });
    expect(engine.replay('parcel')).toMatchObject({ ok: false, reason: 'unavailable-choice' });
    play(engine, ['accept']);
    expect(engine.advance('parcel')).toEqual({ ok: false, reason: 'ended', message: 'scenario "parcel" has ended at "ending-failure"' });
    expect(engine.choose('parcel', 'refuse')).toMatchObject({ ok: false, reason: 'ended' });
    expect(() => engine.scenario('nope')).toThrow('CK350 scenario "nope" is not in the course');
  });

  it('replays from the start with fresh variables and path, keeps the best ending score', () => {
    const { engine, log } = engineFor();
    play(engine, ['accept']);
    const again = view(engine.replay('parcel'));
    expect([again.run, again.node.id, again.variables, again.path, again.ending]).toEqual([2, 'arrive', { integrity: 50, trust: 50 }, [], null]);
    play(engine, ['refuse', 'report']);
    expect(engine.snapshot().scenarios.parcel).toEqual({ run: 2, nodeId: 'ending-success', variables: { integrity: 100, trust: 35 }, path: ['refuse', 'report'], endingId: 'ending-success', best: 1, reached: ['ending-failure', 'ending-success'] });
    view(engine.replay('parcel'));
    play(engine, ['accept']);
    expect(engine.snapshot().scenarios.parcel!.best).toBe(1);
    expect(log.events.filter((e) => e.type === 'scenario-started').map((e) => e.type === 'scenario-started' && e.run)).toEqual([1, 2, 3]);
  });

  it('does not replay a scenario marked replayable: false', () => {
    const course = loadTour();
    course.scenarios![0]!.replayable = false;
    const { engine } = engineFor(course);
    play(engine, ['accept']);
    expect(engine.replay('parcel')).toEqual({ ok: false, reason: 'ended', message: 'scenario "parcel" cannot be replayed (replayable: false)' });
  });

  it('reports the ending with its score, outcome, path and duration', () => {
    const { engine, clock, log } = engineFor();
    engine.scenario('parcel');
    clock.tick(1_000);
    play(engine, ['accept-report']);
    play(engine, []);
    clock.tick(2_500);
    view(engine.choose('parcel', 'report'));
    expect(log.events.find((e) => e.type === 'scenario-ended')).toEqual({
      type: 'scenario-ended',
      scenarioId: 'parcel',
      run: 1,
      endingId: 'ending-partial',
      outcome: 'partial',
      score: { raw: 60, min: 0, max: 100, scaled: 0.6 },
      variables: { integrity: 75, trust: 50 },
      path: ['accept-report', 'report'],
      durationMs: 3_500,
      time: Date.UTC(2026, 10, 24, 9) + 3_500,
      courseId: 'coursekit-tour',
    });
  });
});

describe('one step back in a scenario', () => {
  it('undoes a choice: node, variables, path and feedback are as before it', () => {
    const { engine } = engineFor();
    const before = play(engine, []);
    expect([before.node.id, before.canGoBack]).toEqual(['decide', true]);
    const chosen = view(engine.choose('parcel', 'refuse'));
    expect([chosen.node.id, chosen.variables, chosen.path, chosen.feedback !== null]).toEqual(['follow-up', { integrity: 80, trust: 35 }, ['refuse'], true]);
    const back = view(engine.back('parcel'));
    expect([back.node.id, back.variables, back.path, back.feedback, back.canGoBack]).toEqual(['decide', { integrity: 50, trust: 50 }, [], null, true]);
    expect(engine.snapshot().scenarios.parcel).toMatchObject({ nodeId: 'decide', variables: { integrity: 50, trust: 50 }, path: [] });
  });

  it('steps back past feedback one press at a time, then refuses at the start of the run', () => {
    const { engine } = engineFor();
    play(engine, []);
    view(engine.choose('parcel', 'refuse'));
    const past = view(engine.advance('parcel'));
    expect([past.feedback, past.node.id]).toEqual([null, 'follow-up']);
    expect(view(engine.back('parcel')).feedback).not.toBeNull();
    expect(view(engine.back('parcel')).node.id).toBe('decide');
    let v = view(engine.back('parcel'));
    while (v.canGoBack) v = view(engine.back('parcel'));
    expect([v.node.id, v.path, v.variables]).toEqual(['arrive', [], { integrity: 50, trust: 50 }]);
    expect(engine.back('parcel')).toMatchObject({ ok: false, reason: 'unavailable-choice' });
  });

  it('refuses at an ending and keeps every ending reached across runs, through a snapshot', () => {
    const { engine } = engineFor();
    const ended = play(engine, ['accept']);
    expect([ended.ending?.id, ended.canGoBack, ended.reached]).toEqual(['ending-failure', false, ['ending-failure']]);
    expect(engine.back('parcel')).toMatchObject({ ok: false, reason: 'ended' });
    view(engine.replay('parcel'));
    const second = play(engine, ['refuse', 'report']);
    expect(second.reached).toEqual(['ending-failure', 'ending-success']);
    const saved = engine.snapshot();
    expect(saved.scenarios.parcel!.reached).toEqual(['ending-failure', 'ending-success']);
    const resumed = new CourseEngine(loadTour(), { snapshot: saved, now: fakeClock().now });
    expect(resumed.scenario('parcel').reached).toEqual(['ending-failure', 'ending-success']);
  });
});

describe('step back after a resume', () => {
  it('goes back along the saved path as it would have before the resume', () => {
    const { engine } = engineFor();
    play(engine, ['refuse']);
    const saved = engine.snapshot();
    const resumed = new CourseEngine(loadTour(), { snapshot: saved, now: fakeClock().now });
    const v = resumed.scenario('parcel');
    expect([v.node.id, v.canGoBack]).toEqual(['follow-up', true]);
    expect(view(resumed.back('parcel')).feedback).not.toBeNull();
    const original = view(engine.back('parcel'));
    expect(view(resumed.back('parcel'))).toEqual(view(engine.back('parcel')));
    expect(original.feedback).not.toBeNull();
  });
});
