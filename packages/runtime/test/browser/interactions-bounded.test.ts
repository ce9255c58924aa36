import { afterEach, describe, expect, it } from 'vitest';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { FakeEngine, T0, answered } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { cmiUnder, installLms, nextLaunchData, removeLms, type LmsVersion } from './harness';

afterEach(() => removeLms());

const trackers = { '1.2': Scorm12Tracker, '2004': Scorm2004Tracker } as const;

async function session(version: LmsVersion, data: Record<string, string>) {
  const api = installLms(version, data);
  const tracker = new trackers[version]({ now: () => T0 });
  await tracker.launch({ course });
  const engine = new FakeEngine(course);
  engine.drive(tracker);
  return { api, tracker, engine };
}

/** The ids of the interaction records the LMS holds, by index. */
const ids = (api: Parameters<typeof cmiUnder>[0]) => Object.entries(cmiUnder(api, 'cmi.interactions.')).filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k)).map(([, v]) => v);

const f1 = (value: boolean, attempt: number) => ({ ...answered(course, 'f1', { type: 'true-false', value }, value, T0, { assessmentId: 'final' }), attempt });

describe('interactions stay bounded by the course', () => {
  it('SCORM 2004: a re-submitted question updates its record by id, in this session and the next', async () => {
    const first = await session('2004', { 'cmi.learner_id': 'u1' });
    first.engine.emit(f1(false, 1));
    first.engine.emit(f1(true, 1));
    first.engine.emit(f1(false, 2));
    await first.engine.end();
    expect(ids(first.api)).toEqual(['final_f1']);
    const stored = nextLaunchData('2004', first.api);
    removeLms();
    const second = await session('2004', stored);
    second.engine.emit(f1(true, 3));
    await second.engine.end();
    expect(ids(second.api)).toEqual(['final_f1']);
    expect(cmiUnder(second.api, 'cmi.interactions.0.')).toMatchObject({ 'cmi.interactions.0.id': 'final_f1', 'cmi.interactions.0.learner_response': 'true', 'cmi.interactions.0.result': 'correct' });
  });

  it('SCORM 1.2: journals one record per assessment attempt; a re-submission within an attempt rewrites it', async () => {
    const { api, engine, tracker } = await session('1.2', { 'cmi.core.student_id': 'u1' });
    engine.emit(f1(false, 1));
    engine.emit(f1(true, 1));
    engine.emit(f1(false, 2));
    await engine.end();
    expect(ids(api)).toEqual(['final_f1', 'final_f1']);
    expect(cmiUnder(api, 'cmi.interactions.')).toMatchObject({
      'cmi.interactions.0.id': 'final_f1',
      'cmi.interactions.0.student_response': 't',
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.1.id': 'final_f1',
      'cmi.interactions.1.student_response': 'f',
      'cmi.interactions.1.result': 'wrong',
    });
  });
});
