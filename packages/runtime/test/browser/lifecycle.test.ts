import { afterEach, describe, expect, it } from 'vitest';
import type { LearningEvent, TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { encodeSnapshot } from '@coursekit/codec';
import { FakeEngine, T0 } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { cmi, installLms, nextLaunchData, removeLms, type Lms, type LmsVersion } from './harness';

afterEach(() => removeLms());

const trackers = { '1.2': Scorm12Tracker, '2004': Scorm2004Tracker } as const;

async function start(version: LmsVersion, data: Record<string, string> = {}) {
  const api = installLms(version, data);
  const calls: string[] = [];
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSCommit', 'Initialize', 'Terminate', 'Commit']) api.on(name, () => calls.push(name));
  // The values as the course sent them (scorm-again re-renders some, e.g. 1.2 session_time without hundredths).
  const sent: Record<string, string> = {};
  api.on(version === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element: string, value: string) => void (sent[element] = value));
  let now = T0;
  const problems: TrackerProblem[] = [];
  const tracker = new trackers[version]({ now: () => now, onProblem: (p) => problems.push(p) });
  const launch = await tracker.launch({ course });
  const engine = new FakeEngine(course);
  engine.drive(tracker);
  return { api, tracker, launch, engine, problems, calls, sent, advance: (ms: number) => (now += ms) };
}

const ev = {
  moduleCompleted: (moduleId: string): LearningEvent => ({ type: 'module-completed', time: T0, courseId: course.id, moduleId }),
  completed: (): LearningEvent => ({ type: 'course-completed', time: T0, courseId: course.id, durationMs: 1000 }),
  scored: (raw: number, max: number, passed: boolean): LearningEvent => ({ type: 'course-scored', time: T0, courseId: course.id, score: { raw, min: 0, max, scaled: raw / max }, passed, passingScore: 80 }),
  page: (moduleId: string, pageId: string): LearningEvent => ({ type: 'page-viewed', time: T0, courseId: course.id, moduleId, pageId, progress: { viewed: 1, total: 6 } }),
};

describe.each(['1.2', '2004'] as const)('SCORM %s session', (version) => {
  it('ends a passed course with its status, score, objectives, session time and exit', async () => {
    const { api, tracker, engine, advance, problems, sent } = await start(version);
    engine.emit(ev.page('m1', 'intro'));
    engine.emit(ev.moduleCompleted('m1'));
    engine.emit(ev.page('m2', 'more'));
    engine.emit(ev.moduleCompleted('m2'));
    engine.emit(ev.completed());
    engine.emit(ev.scored(17, 20, true));
    engine.state = { ...engine.state, pageId: 'quiz', completed: true, passed: true };
    advance(754_000);
    await engine.end();
    const values = cmi(api);
    if (version === '1.2') {
      expect(values).toMatchObject({
        'cmi.core.lesson_status': 'passed',
        'cmi.core.score.raw': '85',
        'cmi.core.score.min': '0',
        'cmi.core.score.max': '100',
        'cmi.core.lesson_location': 'quiz',
        'cmi.objectives.0.id': 'm1',
        'cmi.objectives.0.status': 'completed',
        'cmi.objectives.1.id': 'm2',
        'cmi.objectives.1.status': 'completed',
      });
      // 1.2 RTE cmi.core.exit: "" is the 1.2 exit of a finished attempt ("normal" is 2004 vocabulary).
      expect(sent['cmi.core.session_time']).toBe('00:12:34.00');
      expect(sent['cmi.core.exit']).toBe('');
      expect(api.getFlattenedCMI()['cmi.core.exit']).toBe('');
    } else {
      expect(values).toMatchObject({
        'cmi.completion_status': 'completed',
        'cmi.success_status': 'passed',
        'cmi.score.raw': '17',
        'cmi.score.min': '0',
        'cmi.score.max': '20',
        'cmi.score.scaled': '0.85',
        'cmi.session_time': 'PT12M34S',
        'cmi.exit': 'normal',
        'cmi.location': 'quiz',
        'cmi.objectives.0.id': 'm1',
        'cmi.objectives.0.completion_status': 'completed',
        'cmi.objectives.1.id': 'm2',
        'cmi.objectives.1.completion_status': 'completed',
      });
    }
    expect(values['cmi.suspend_data']).toBe(encodeSnapshot(course, engine.state));
    expect(problems).toEqual([]);
  });

  it('ends a course failed with no attempt left as failed, the attempt over', async () => {
    const { api, tracker, engine, sent } = await start(version);
    engine.emit(ev.completed());
    engine.emit(ev.scored(10, 20, false));
    await engine.end();
    const values = cmi(api);
    if (version === '1.2') expect([values['cmi.core.lesson_status'], sent['cmi.core.exit'], values['cmi.core.score.raw']]).toEqual(['failed', '', '50']);
    else expect([values['cmi.completion_status'], values['cmi.success_status'], values['cmi.exit'], values['cmi.score.scaled']]).toEqual(['completed', 'failed', 'normal', '0.5']);
  });

  it('initialises and terminates exactly once, and records nothing after', async () => {
    const { api, engine, calls } = await start(version);
    const before = cmi(api);
    await engine.end();
    await engine.end('pagehide');
    engine.emit(ev.moduleCompleted('m1'));
    const [init, term] = version === '1.2' ? ['LMSInitialize', 'LMSFinish'] : ['Initialize', 'Terminate'];
    expect(calls.filter((c) => c === init)).toHaveLength(1);
    expect(calls.filter((c) => c === term)).toHaveLength(1);
    expect(Object.keys(cmi(api)).filter((k) => k.includes('objectives'))).toEqual(Object.keys(before).filter((k) => k.includes('objectives')));
  });

  it('on pagehide writes the last state, session time and exit, then only Terminate: no Commit', async () => {
    const { api, engine, calls, advance } = await start(version);
    engine.state = { ...engine.state, pageId: 'checks', viewed: ['intro', 'checks'] };
    engine.emit(ev.page('m1', 'checks'));
    advance(61_000);
    const from = calls.length;
    await engine.end('pagehide');
    expect(calls.slice(from)).toEqual([version === '1.2' ? 'LMSFinish' : 'Terminate']);
    expect(cmi(api)['cmi.suspend_data']).toBe(encodeSnapshot(course, engine.state));
    expect(cmi(api)[version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']).toBe('checks');
    expect(cmi(api)[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
    expect(cmi(api)[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']).toBe(version === '1.2' ? '00:01:01' : 'PT1M1S');
  });

  it('saves when asked: the state and the bookmark, then one Commit', async () => {
    const { api, engine, calls } = await start(version);
    engine.state = { ...engine.state, pageId: 'checks', viewed: ['intro', 'checks'] };
    engine.emit(ev.page('m1', 'checks'));
    const from = calls.length;
    engine.save();
    expect(calls.slice(from)).toEqual([version === '1.2' ? 'LMSCommit' : 'Commit']);
    expect(cmi(api)[version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']).toBe('checks');
    expect(cmi(api)['cmi.suspend_data']).toBe(encodeSnapshot(course, engine.state));
    expect(engine.encodes).toBe(1);
    await engine.end();
  });

  it('resumes from the LMS: the next launch gets the same state back', async () => {
    const first = await start(version, version === '1.2' ? { 'cmi.core.student_id': 'u1' } : { 'cmi.learner_id': 'u1' });
    first.engine.state = {
      ...first.engine.state,
      pageId: 'more',
      viewed: ['intro', 'checks', 'more'],
      answers: { 'q-single': { type: 'single-choice', choice: 'no' }, 'q-fill': { type: 'fill-in', text: 'suap' } },
      scenarios: { parcel: { run: 1, nodeId: 'n1', variables: { integrity: 40 }, path: [], endingId: null, best: null } },
    };
    first.engine.emit(ev.page('m2', 'more'));
    await first.engine.end();
    const data = nextLaunchData(version, first.api as Lms);
    removeLms();
    const second = await start(version, data);
    expect(second.launch.snapshot).toEqual(first.engine.state);
    expect(second.launch.notices).toEqual([]);
    expect(data[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']).toBe('resume');
    await second.engine.end();
  });

  it('never writes a state that does not fit, keeps the last one that did, and says so', async () => {
    const { api, engine, tracker, problems } = await start(version);
    engine.state = { ...engine.state, pageId: 'checks' };
    engine.save();
    const good = cmi(api)['cmi.suspend_data'];
    const limit = version === '1.2' ? 4096 : 64_000;
    engine.state = { ...engine.state, pageId: 'more', answers: { 'q-reflect': { type: 'reflection', text: 'ж'.repeat(limit) } } };
    engine.save();
    const size = encodeSnapshot(course, engine.state).length;
    expect(cmi(api)['cmi.suspend_data']).toBe(good);
    expect(problems).toEqual([
      {
        tracker: version === '1.2' ? 'scorm12' : 'scorm2004',
        code: 'CK610',
        message: `the learner's state needs ${size} characters of cmi.suspend_data and ${version === '1.2' ? 'scorm12' : 'scorm2004'} holds ${limit}; the last state that fitted (${good!.length} characters) is kept`,
      },
    ]);
    // The bookmark still follows the learner.
    expect(cmi(api)[version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']).toBe('more');
    await engine.end();
  });
});

describe('after terminate', () => {
  it('sends nothing more to the LMS, even when save() is called', async () => {
    const { api, engine, problems } = await start('2004');
    await engine.end();
    const before = cmi(api)['cmi.suspend_data'];
    engine.state = { ...engine.state, pageId: 'more' };
    engine.save();
    expect(cmi(api)['cmi.suspend_data']).toBe(before);
    expect(problems).toEqual([]);
  });
});
