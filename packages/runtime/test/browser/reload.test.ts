import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchData, TrackerProblem } from '@coursekit/engine';
import type { Session } from '@coursekit/session';
import type { FakeEngine } from '../fixtures/fake-engine';
import { T0 } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { openContent, reloadContent } from './frames';
import { cmi, installLms, nextLaunchData, removeLms, type LmsVersion } from './harness';
import { loadCodec } from '@coursekit/codec/lazy';

// The codec is a chunk the trackers load on demand (lazy-codec.test.ts tests that): these tests save right after a launch.
beforeAll(() => loadCodec());

interface FakeFrame {
  engine: FakeEngine;
  session: Session;
  launch: LaunchData;
  problems: TrackerProblem[];
}

afterEach(() => {
  removeLms();
  document.body.replaceChildren();
});

/**
 * The LMS frame: scorm-again in this (top) window. When the content terminates, the LMS does what a
 * real one does before the next launch: keeps the learner's data and offers a fresh API session.
 */
function hostLms(version: LmsVersion, data: Record<string, string>): { sessions: number } {
  const state = { sessions: 0 };
  const install = (values: Record<string, string>) => {
    const api = installLms(version, values);
    state.sessions++;
    api.on(version === '1.2' ? 'LMSFinish' : 'Terminate', () => install(nextLaunchData(version, api)));
  };
  install(data);
  return state;
}

describe.each(['1.2', '2004'] as const)('SCORM %s: reload in the middle', (version) => {
  it('resumes on the same page with the same answers, scenario position and variables', async () => {
    const lms = hostLms(version, version === '1.2' ? { 'cmi.core.student_id': 'u1' } : { 'cmi.learner_id': 'u1' });
    const frame = await openContent<FakeFrame>(version, 'content-fake');
    const first = frame.ck();
    expect(first.launch.snapshot).toBeNull();
    expect(first.launch.notices).toEqual([]);
    first.engine.state = {
      ...first.engine.state,
      pageId: 'story',
      viewed: ['intro', 'checks', 'more', 'story'],
      answers: {
        'q-single': { type: 'single-choice', choice: 'no' },
        'q-multi': { type: 'multiple-response', choices: ['a', 'c'] },
        'q-fill': { type: 'fill-in', text: 'Gratifikasi ilegal' },
        'q-match': { type: 'matching', matches: { p1: 'p2', p2: 'p1' } },
        'q-seq': { type: 'sequencing', order: ['i3', 'i1', 'i2'] },
      },
      scenarios: { parcel: { run: 2, nodeId: 'n1', variables: { integrity: 35 }, path: ['accept'], endingId: null, best: 0 } },
      totalTimeMs: 90_000,
    };
    first.engine.emit({ type: 'page-viewed', time: T0, courseId: course.id, moduleId: 'm2', pageId: 'story', progress: { viewed: 4, total: 6 } });
    const before = structuredClone(first.engine.state);

    const second = await reloadContent(frame);
    expect(lms.sessions).toBe(2);
    expect(second.launch.snapshot).toEqual(before);
    expect(second.launch.notices).toEqual([]);
    expect([...first.problems, ...second.problems]).toEqual([]);
    await second.session.end();
    expect(cmi((window as unknown as { API?: never; API_1484_11?: never })[version === '1.2' ? 'API' : 'API_1484_11']!)[version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']).toBe('story');
  });
});
