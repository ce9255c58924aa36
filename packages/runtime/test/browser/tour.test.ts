import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LearningEvent } from '@coursekit/engine';
import { decodeSnapshot } from '@coursekit/codec';
import { decimal } from '../../src/scorm/format';
import { completePage, playToEnd } from '../fixtures/play';
import { tour } from './engine';
import { openContent, reloadContent } from './frames';
import { cmi, installLms, nextLaunchData, removeLms, type Lms, type LmsVersion } from './harness';
import { loadCodec } from '@coursekit/codec/lazy';

// The codec is a chunk the trackers load on demand (lazy-codec.test.ts tests that): these tests save right after a launch.
beforeAll(() => loadCodec());

afterEach(() => {
  removeLms();
  document.body.replaceChildren();
});

/** scorm-again as the LMS in this frame; after each Terminate, a fresh session offered with the data the LMS kept. */
function hostLms(version: LmsVersion, data: Record<string, string>): Lms[] {
  const sessions: Lms[] = [];
  const install = (values: Record<string, string>) => {
    const api = installLms(version, values);
    sessions.push(api);
    api.on(version === '1.2' ? 'LMSFinish' : 'Terminate', () => install(nextLaunchData(version, api)));
  };
  install(data);
  return sessions;
}

/** The interaction id the tracker gives an event (docs/tracking/scorm.md). */
function interactionId(e: LearningEvent): string | null {
  if (e.type === 'question-answered') return e.assessmentId ? `${e.assessmentId}_${e.question.id}` : e.question.id;
  if (e.type === 'scenario-choice') return `${e.scenarioId}_${e.nodeId}`;
  return null;
}

describe.each(['1.2', '2004'] as const)('SCORM %s with the engine: the tour course', (version) => {
  it('plays to the end and leaves the exact status, score, interactions and objectives in the LMS', async () => {
    const course = tour;
    const sessions = hostLms(version, version === '1.2' ? { 'cmi.core.student_id': 'ASN-1987' } : { 'cmi.learner_id': 'ASN-1987' });
    const frame = await openContent(version);
    const { engine, session, problems, launch } = frame.ck();
    expect(launch.notices).toEqual([]);
    const events: LearningEvent[] = [];
    engine.on((e) => events.push(e));
    playToEnd(engine);
    const final = engine.snapshot();
    await session.end();
    expect(problems).toEqual([]);
    const values = cmi(sessions[0]!);

    expect(engine.completionStatus).toBe('completed');
    const passed = engine.successStatus === 'passed' ? true : engine.successStatus === 'failed' ? false : null;
    if (version === '1.2') {
      expect(values['cmi.core.lesson_status']).toBe(passed === true ? 'passed' : passed === false ? 'failed' : 'completed');
      if (engine.score) expect([values['cmi.core.score.raw'], values['cmi.core.score.min'], values['cmi.core.score.max']]).toEqual([decimal(engine.score.scaled * 100), '0', '100']);
    } else {
      expect(values['cmi.completion_status']).toBe('completed');
      expect(values['cmi.success_status']).toBe(course.mastery ? (passed === null ? 'unknown' : passed ? 'passed' : 'failed') : 'unknown');
      if (engine.score) expect([values['cmi.score.raw'], values['cmi.score.scaled']]).toEqual([decimal(engine.score.raw), decimal(engine.score.scaled)]);
    }

    const recorded = events.filter((e) => interactionId(e) !== null && (e.type !== 'scenario-choice' || course.tracking?.scenarioChoices !== false));
    expect(recorded.length).toBeGreaterThan(0);
    recorded.forEach((e, n) => {
      expect(values[`cmi.interactions.${n}.id`]).toBe(interactionId(e));
      const result = e.type === 'question-answered' && e.correct !== null ? (e.correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect') : 'neutral';
      expect(values[`cmi.interactions.${n}.result`]).toBe(result);
    });
    expect(values[`cmi.interactions.${recorded.length}.id`]).toBeUndefined();

    course.modules.forEach((m, n) => {
      expect(values[`cmi.objectives.${n}.id`]).toBe(m.id);
      expect(values[version === '1.2' ? `cmi.objectives.${n}.status` : `cmi.objectives.${n}.completion_status`]).toBe('completed');
    });
    // The tracker takes its own snapshot while terminating, a moment after `final`: time spent may
    // have grown by a millisecond or two, everything else is the same.
    const decoded = decodeSnapshot(course, values['cmi.suspend_data']);
    expect(decoded).toEqual({ ok: true, snapshot: { ...final, totalTimeMs: expect.any(Number) } });
    const savedTime = (decoded as { snapshot: { totalTimeMs: number } }).snapshot.totalTimeMs;
    expect(savedTime).toBeGreaterThanOrEqual(final.totalTimeMs);
    expect(savedTime - final.totalTimeMs).toBeLessThan(5_000);
  });

  it('resumes after a reload in the middle on the same page, with the same answers, scenario position and variables', async () => {
    const sessions = hostLms(version, {});
    const frame = await openContent(version);
    const first = frame.ck();
    // Go through the course until the first scenario, and take one step in it.
    for (let i = 0; i < 200; i++) {
      const block = first.engine.currentPage.page.blocks.find((b) => b.type === 'scenario');
      if (block?.type === 'scenario') {
        const view = first.engine.scenario(block.scenario);
        if (view.node.type === 'choice') first.engine.choose(block.scenario, view.choices[0]!.id);
        else first.engine.advance(block.scenario);
        break;
      }
      completePage(first.engine);
      if (!first.engine.next().ok) break;
    }
    const before = first.engine.snapshot();
    const scenarioViews = (engine: typeof first.engine) =>
      Object.keys(before.scenarios).map((id) => {
        const v = engine.scenario(id);
        return { id, node: v.node.id, variables: v.variables, path: v.path };
      });
    const scenariosBefore = scenarioViews(first.engine);

    const second = await reloadContent(frame);
    expect(sessions.length).toBe(2);
    expect(second.launch.notices).toEqual([]);
    expect(second.engine.currentPage.pageId).toBe(before.pageId);
    for (const [id, response] of Object.entries(before.answers)) expect(second.engine.responseTo(id)).toEqual(response);
    expect(scenarioViews(second.engine)).toEqual(scenariosBefore);
    expect(second.engine.snapshot()).toMatchObject({ pageId: before.pageId, answers: before.answers, scenarios: before.scenarios, assessments: before.assessments });
    expect([...first.problems, ...second.problems]).toEqual([]);
  });
});
