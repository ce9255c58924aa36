import { afterEach, describe, expect, it } from 'vitest';
import { CourseEngine } from '@coursekit/engine';
import { StateCache, contextOf } from '@coursekit/session';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { T0 } from '../fixtures/fake-engine';
import { all, attempt, retry, stateTableCourse as course } from '../fixtures/state-table';
import { installLms, removeLms, type Lms, type LmsVersion } from './harness';

afterEach(() => removeLms());

const trackers = { '1.2': Scorm12Tracker, '2004': Scorm2004Tracker } as const;

/** What the LMS holds after the session, as the course last set it (scorm-again drops an empty 1.2 exit from its flattened CMI). */
async function play(version: LmsVersion, steps: (engine: CourseEngine) => void, options: { lms?: Record<string, string>; mastery?: boolean; start?: boolean } = {}) {
  const api: Lms = installLms(version, options.lms ?? {});
  const sent: Record<string, string> = {};
  api.on(version === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element: string, value: string) => void (sent[element] = value));
  let now = T0;
  const tracker = new trackers[version]({ now: () => now });
  const c = course(options.mastery ?? true);
  const launch = await tracker.launch({ course: c });
  const engine = new CourseEngine(c, { now: () => now, seed: 1, ...(launch.passingScore !== null ? { passingScore: launch.passingScore } : {}) });
  // Every event to the tracker with its context, as the session hands them over.
  const state = new StateCache(engine);
  engine.on((event) => {
    state.invalidate();
    tracker.handle(event, contextOf(engine, state, event));
  });
  if (options.start !== false) engine.start();
  steps(engine);
  now += 61_000;
  state.invalidate();
  await tracker.terminate('exit', contextOf(engine, state));
  const keys =
    version === '1.2'
      ? ['cmi.core.lesson_status', 'cmi.core.exit', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max', 'cmi.core.session_time']
      : ['cmi.completion_status', 'cmi.success_status', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max', 'cmi.score.scaled', 'cmi.progress_measure', 'cmi.exit', 'cmi.session_time'];
  return Object.fromEntries(keys.filter((k) => k in sent).map((k) => [k, sent[k]!]));
}

describe('the state table (docs/tracking/scorm.md), SCORM 1.2 under scorm-again', () => {
  const v = '1.2';
  it('not started: incomplete, suspend, no score', async () => {
    expect(await play(v, () => {}, { start: false })).toEqual({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '00:01:01.00' });
  });
  it('in progress: incomplete, suspend', async () => {
    expect(await play(v, () => {})).toEqual({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '00:01:01.00' });
  });
  it('all content seen, assessment not taken: incomplete, suspend', async () => {
    expect(await play(v, (e) => e.goTo('quiz'))).toEqual({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '00:01:01.00' });
  });
  it('all content seen, no mastery rules: completed, exit ""', async () => {
    expect(await play(v, (e) => e.goTo('quiz'), { mastery: false })).toEqual({ 'cmi.core.lesson_status': 'completed', 'cmi.core.exit': '', 'cmi.core.session_time': '00:01:01.00' });
  });
  it('assessment failed with attempts left: incomplete (never completed before a verdict), suspend, no score yet', async () => {
    expect(await play(v, attempt(0))).toEqual({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '00:01:01.00' });
  });
  it('failed with no attempt left: failed, the score, exit ""', async () => {
    expect(await play(v, all(attempt(1), retry, attempt(2)))).toEqual({
      'cmi.core.lesson_status': 'failed',
      'cmi.core.score.raw': '50',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.exit': '',
      'cmi.core.session_time': '00:01:01.00',
    });
  });
  it('passed: passed, the score, exit ""', async () => {
    expect(await play(v, all(attempt(0), retry, attempt(3)))).toEqual({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '75',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.exit': '',
      'cmi.core.session_time': '00:01:01.00',
    });
  });
  it('75 % passes the course (75) but not the LMS\'s mastery (95): the learner is offered a retry and the LMS is told incomplete, then failed', async () => {
    const lms = { 'cmi.student_data.mastery_score': '95' };
    expect(await play(v, attempt(3), { lms })).toEqual({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '00:01:01.00' });
    removeLms();
    expect(await play(v, all(attempt(3), retry, attempt(3)), { lms })).toEqual({
      'cmi.core.lesson_status': 'failed',
      'cmi.core.score.raw': '75',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.exit': '',
      'cmi.core.session_time': '00:01:01.00',
    });
  });
  it('review mode: nothing is written', async () => {
    expect(await play(v, attempt(4), { lms: { 'cmi.core.lesson_mode': 'review', 'cmi.core.lesson_status': 'passed' } })).toEqual({});
  });
});

describe('the state table (docs/tracking/scorm.md), SCORM 2004 under scorm-again', () => {
  const v = '2004';
  it('not started: incomplete, suspend', async () => {
    expect(await play(v, () => {}, { start: false })).toEqual({ 'cmi.completion_status': 'incomplete', 'cmi.exit': 'suspend', 'cmi.session_time': 'PT1M1S' });
  });
  it('in progress: incomplete, progress 0.5, suspend', async () => {
    expect(await play(v, () => {})).toEqual({ 'cmi.completion_status': 'incomplete', 'cmi.progress_measure': '0.5', 'cmi.exit': 'suspend', 'cmi.session_time': 'PT1M1S' });
  });
  it('all content seen, assessment not taken: incomplete, progress 0.99, suspend', async () => {
    expect(await play(v, (e) => e.goTo('quiz'))).toEqual({ 'cmi.completion_status': 'incomplete', 'cmi.progress_measure': '0.99', 'cmi.exit': 'suspend', 'cmi.session_time': 'PT1M1S' });
  });
  it('all content seen, no mastery rules: completed, progress 1, normal', async () => {
    expect(await play(v, (e) => e.goTo('quiz'), { mastery: false })).toEqual({ 'cmi.completion_status': 'completed', 'cmi.progress_measure': '1', 'cmi.exit': 'normal', 'cmi.session_time': 'PT1M1S' });
  });
  it('assessment failed with attempts left: completed, success unknown, suspend', async () => {
    expect(await play(v, attempt(0))).toEqual({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown', 'cmi.progress_measure': '1', 'cmi.exit': 'suspend', 'cmi.session_time': 'PT1M1S' });
  });
  it('failed with no attempt left: completed, failed, raw with min and max beside scaled, normal', async () => {
    expect(await play(v, all(attempt(1), retry, attempt(2)))).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
      'cmi.score.raw': '50',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.5',
      'cmi.progress_measure': '1',
      'cmi.exit': 'normal',
      'cmi.session_time': 'PT1M1S',
    });
  });
  it('passed: completed, passed, the score, normal', async () => {
    expect(await play(v, attempt(4))).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.raw': '100',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '1',
      'cmi.progress_measure': '1',
      'cmi.exit': 'normal',
      'cmi.session_time': 'PT1M1S',
    });
  });
  it('75 % passes the course (75) but not the LMS\'s scaled_passing_score (0.95): unknown with a retry left, then failed', async () => {
    const lms = { 'cmi.scaled_passing_score': '0.95' };
    expect(await play(v, attempt(3), { lms })).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown', 'cmi.exit': 'suspend' });
    removeLms();
    expect(await play(v, all(attempt(3), retry, attempt(3)), { lms })).toMatchObject({ 'cmi.success_status': 'failed', 'cmi.score.raw': '75', 'cmi.score.scaled': '0.75', 'cmi.exit': 'normal' });
  });
  it('review mode: nothing is written', async () => {
    expect(await play(v, attempt(4), { lms: { 'cmi.mode': 'review', 'cmi.completion_status': 'completed' } })).toEqual({});
  });
});
