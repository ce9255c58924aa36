import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LearningEvent, TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { encodeSnapshot } from '@coursekit/codec';
import { QUIRK_PROFILES, type QuirkProfileId } from '../../src/quirks/profiles';
import { FakeEngine, T0 } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { cmi, installLms, removeLms, type LmsVersion } from './harness';
import { loadCodec } from '@coursekit/codec/lazy';

// The codec is a chunk the trackers load on demand (lazy-codec.test.ts tests that): these tests save right after a launch.
beforeAll(() => loadCodec());

afterEach(() => removeLms());

const trackers = { '1.2': Scorm12Tracker, '2004': Scorm2004Tracker } as const;
const completed: LearningEvent = { type: 'course-completed', time: T0, courseId: course.id, durationMs: 1 };
const passed: LearningEvent = { type: 'course-scored', time: T0, courseId: course.id, score: { raw: 9, min: 0, max: 10, scaled: 0.9 }, passed: true, passingScore: 80 };

async function session(version: LmsVersion, quirks: QuirkProfileId, data: Record<string, string> = {}) {
  const api = installLms(version, data);
  const sent: Record<string, string> = {};
  const calls: string[] = [];
  api.on(version === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element: string, value: string) => void (sent[element] = value));
  for (const name of ['LMSCommit', 'LMSFinish', 'Commit', 'Terminate']) api.on(name, () => calls.push(name));
  const problems: TrackerProblem[] = [];
  const tracker = new trackers[version]({ quirks, now: () => T0, onProblem: (p) => problems.push(p) });
  const launch = await tracker.launch({ course });
  const engine = new FakeEngine(course);
  engine.drive(tracker);
  return { api, sent, calls, problems, tracker, launch, engine };
}

describe('LMS quirk profiles', () => {
  for (const profile of ['default', 'cornerstone'] as const) {
    it(`${profile}: no Commit during unload, which a Cornerstone-like LMS refuses; Terminate alone saves the state`, async () => {
      for (const version of ['1.2', '2004'] as const) {
        const { api, calls, engine, problems } = await session(version, profile);
        // Like Cornerstone, this LMS refuses commits once the page is unloading.
        const commit = version === '1.2' ? 'LMSCommit' : 'Commit';
        (api as unknown as Record<string, unknown>)[commit] = () => 'false';
        engine.state = { ...engine.state, pageId: 'more' };
        calls.length = 0;
        await engine.end('pagehide');
        expect(calls).toEqual([version === '1.2' ? 'LMSFinish' : 'Terminate']);
        expect(cmi(api)['cmi.suspend_data']).toBe(encodeSnapshot(course, engine.state));
        expect(problems).toEqual([]);
        removeLms();
      }
    });
  }

  it('Saba: SCORM 1.2 exit is never empty; "logout" when done', async () => {
    const saba = await session('1.2', 'saba');
    saba.engine.emit(completed);
    saba.engine.emit(passed);
    await saba.engine.end();
    expect(saba.sent['cmi.core.exit']).toBe('logout');
    expect(cmi(saba.api)['cmi.core.exit']).toBe('logout');
    removeLms();
    const plain = await session('1.2', 'default');
    plain.engine.emit(completed);
    plain.engine.emit(passed);
    await plain.engine.end();
    expect(plain.sent['cmi.core.exit']).toBe('');
  });

  it('SCORM 1.2 exit: "suspend" while incomplete, "" when done; never the 2004-only "normal"', async () => {
    const incomplete = await session('1.2', 'default');
    await incomplete.engine.end();
    expect(incomplete.sent['cmi.core.exit']).toBe('suspend');
    removeLms();
    // scorm-again, like strict 1.2 LMSs, does not keep "normal": it is not 1.2 vocabulary (1.2 RTE cmi.core.exit).
    const api = installLms('1.2');
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.exit', 'normal');
    expect(api.getFlattenedCMI()['cmi.core.exit']).toBe('');
    removeLms();
    const keep = await session('1.2', 'keep-suspend');
    keep.engine.emit(completed);
    keep.engine.emit(passed);
    await keep.engine.end();
    expect(keep.sent['cmi.core.exit']).toBe('suspend');
  });

  it('LMS mastery score overrides the course under every profile', async () => {
    for (const quirks of Object.keys(QUIRK_PROFILES) as QuirkProfileId[]) {
      const over12 = await session('1.2', quirks, { 'cmi.student_data.mastery_score': '95' });
      expect(over12.launch.passingScore).toBe(95);
      removeLms();
      const over2004 = await session('2004', quirks, { 'cmi.scaled_passing_score': '0.95' });
      expect(over2004.launch.passingScore).toBe(95);
      removeLms();
    }
  });

  it('Moodle: a finished SCORM 2004 learner leaves with exit "suspend", so a relaunch gets the data back; 1.2 exit stays ""', async () => {
    for (const [version, element, expected] of [['2004', 'cmi.exit', 'suspend'], ['1.2', 'cmi.core.exit', '']] as const) {
      const { sent, engine } = await session(version, 'moodle');
      engine.emit(completed);
      engine.emit(passed);
      await engine.end('pagehide');
      expect(sent[element]).toBe(expected);
      removeLms();
    }
  });

  it('lists every profile with the same fields', () => {
    expect(Object.keys(QUIRK_PROFILES)).toEqual(['default', 'cornerstone', 'saba', 'keep-suspend', 'moodle']);
    for (const profile of Object.values(QUIRK_PROFILES)) expect(Object.keys(profile).sort()).toEqual(Object.keys(QUIRK_PROFILES.default).sort());
  });
});
