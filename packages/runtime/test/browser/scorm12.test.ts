import { afterEach, describe, expect, it } from 'vitest';
import type { TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { FakeEngine, T0, answered } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { cmi, cmiUnder, installLms, removeLms } from './harness';

afterEach(() => removeLms());

async function start(data: Record<string, string> = {}) {
  const api = installLms('1.2', { 'cmi.core.student_id': 'ASN-1987', 'cmi.core.student_name': 'Siregar, Rina', ...data });
  let now = T0;
  const problems: TrackerProblem[] = [];
  const tracker = new Scorm12Tracker({ now: () => now, onProblem: (p) => problems.push(p) });
  const launch = await tracker.launch({ course });
  const engine = new FakeEngine(course);
  engine.drive(tracker);
  return { api, tracker, launch, engine, problems, advance: (ms: number) => (now += ms) };
}

describe('SCORM 1.2 tracker', () => {
  it('reads the learner, mastery score and language, and marks the attempt incomplete and suspended', async () => {
    const { api, launch, problems } = await start({ 'cmi.student_data.mastery_score': '90', 'cmi.student_preference.language': 'en' });
    expect(launch).toEqual({ learner: { id: 'ASN-1987', name: 'Siregar, Rina' }, snapshot: null, passingScore: 90, language: 'en', mode: 'normal', notices: [] });
    expect(cmi(api)['cmi.core.lesson_status']).toBe('incomplete');
    expect(cmi(api)['cmi.core.exit']).toBe('suspend');
    expect(problems).toEqual([]);
  });

  it('records every question type as an interaction in SCORM 1.2 format', async () => {
    const { api, engine, tracker, problems } = await start();
    const t = T0 + 60_000;
    engine.emit(answered(course, 'q-single', { type: 'single-choice', choice: 'yes' }, true, t));
    engine.emit(answered(course, 'q-multi', { type: 'multiple-response', choices: ['a', 'd'] }, false, t));
    engine.emit(answered(course, 'q-tf', { type: 'true-false', value: false }, true, t));
    engine.emit(answered(course, 'q-fill', { type: 'fill-in', text: 'Gratifikasi' }, true, t));
    engine.emit(answered(course, 'q-match', { type: 'matching', matches: { p1: 'p1', p2: 'p3', p3: 'p2' } }, false, t));
    engine.emit(answered(course, 'q-seq', { type: 'sequencing', order: ['i2', 'i1', 'i3'] }, false, t));
    engine.emit(answered(course, 'q-likert', { type: 'likert', choice: 'sa' }, null, t));
    engine.emit(answered(course, 'q-reflect', { type: 'reflection', text: 'Saya menolak.' }, null, t));
    engine.save();
    const i = cmiUnder(api, 'cmi.interactions.');
    expect(i).toMatchObject({
      'cmi.interactions.0.id': 'q-single',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.time': '09:01:00',
      'cmi.interactions.0.weighting': '2',
      'cmi.interactions.0.student_response': 'a',
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.0.latency': '00:00:12.34',
      'cmi.interactions.0.objectives.0.id': 'm1',
      'cmi.interactions.0.correct_responses.0.pattern': 'a',
      'cmi.interactions.1.student_response': 'a,d',
      'cmi.interactions.1.correct_responses.0.pattern': 'a,c',
      'cmi.interactions.1.result': 'wrong',
      'cmi.interactions.2.type': 'true-false',
      'cmi.interactions.2.student_response': 'f',
      'cmi.interactions.2.correct_responses.0.pattern': 'f',
      'cmi.interactions.3.type': 'fill-in',
      'cmi.interactions.3.student_response': 'Gratifikasi',
      'cmi.interactions.3.correct_responses.0.pattern': 'gratifikasi',
      'cmi.interactions.3.correct_responses.1.pattern': 'KPK',
      'cmi.interactions.4.type': 'matching',
      'cmi.interactions.4.student_response': 'a.a,b.c,c.b',
      'cmi.interactions.4.correct_responses.0.pattern': 'a.a,b.b,c.c',
      'cmi.interactions.4.objectives.0.id': 'm2',
      'cmi.interactions.5.type': 'sequencing',
      'cmi.interactions.5.student_response': 'b,a,c',
      'cmi.interactions.5.correct_responses.0.pattern': 'a,b,c',
      'cmi.interactions.6.type': 'likert',
      'cmi.interactions.6.student_response': 'c',
      'cmi.interactions.6.result': 'neutral',
      'cmi.interactions.7.type': 'fill-in',
      'cmi.interactions.7.student_response': 'Saya menolak.',
      'cmi.interactions.7.result': 'neutral',
    });
    expect(api.LMSGetValue('cmi.interactions._count')).toBe('8');
    // score.max "100" is scorm-again's default for every 1.2 objective.
    expect(cmiUnder(api, 'cmi.objectives.')).toEqual({
      'cmi.objectives.0.id': 'm1',
      'cmi.objectives.0.status': 'incomplete',
      'cmi.objectives.0.score.max': '100',
      'cmi.objectives.1.id': 'm2',
      'cmi.objectives.1.status': 'incomplete',
      'cmi.objectives.1.score.max': '100',
    });
    expect(problems).toEqual([]);
  });
});

describe('SCORM 1.2 field limits', () => {
  it('cuts a long answer to 255 characters with "…" and says so', async () => {
    const { api, engine, tracker, problems } = await start();
    engine.emit(answered(course, 'q-reflect', { type: 'reflection', text: 'a'.repeat(300) }, null, T0));
    engine.save();
    expect(cmi(api)['cmi.interactions.0.student_response']).toBe(`${'a'.repeat(254)}…`);
    expect(problems).toEqual([{ tracker: 'scorm12', code: 'CK613', message: 'interaction q-reflect: the 300-character answer is cut to 255 characters for cmi.interactions.0.student_response' }]);
  });
});
