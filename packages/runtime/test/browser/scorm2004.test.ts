import { afterEach, describe, expect, it } from 'vitest';
import type { TrackerProblem } from '@coursekit/engine';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { FakeEngine, T0, answered } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { cmi, cmiUnder, installLms, removeLms } from './harness';
import type { Scorm2004API } from 'scorm-again';

afterEach(() => removeLms());

async function start(data: Record<string, string> = {}) {
  const api = installLms('2004', { 'cmi.learner_id': 'ASN-1987', 'cmi.learner_name': 'Rina Siregar', ...data }) as Scorm2004API;
  const problems: TrackerProblem[] = [];
  const tracker = new Scorm2004Tracker({ now: () => T0, onProblem: (p) => problems.push(p) });
  const launch = await tracker.launch({ course });
  const engine = new FakeEngine(course);
  engine.drive(tracker);
  return { api, tracker, launch, engine, problems };
}

describe('SCORM 2004 tracker', () => {
  it('reads the learner, scaled passing score and language, and marks the attempt incomplete and suspended', async () => {
    const { api, launch, problems } = await start({ 'cmi.scaled_passing_score': '0.9', 'cmi.learner_preference.language': 'en-GB' });
    expect(launch).toEqual({ learner: { id: 'ASN-1987', name: 'Rina Siregar' }, snapshot: null, passingScore: 90, language: 'en', mode: 'normal', notices: [] });
    expect(cmi(api)['cmi.completion_status']).toBe('incomplete');
    expect(cmi(api)['cmi.success_status']).toBe('unknown');
    expect(cmi(api)['cmi.exit']).toBe('suspend');
    expect(problems).toEqual([]);
  });

  it('records every question type as an interaction in SCORM 2004 format', async () => {
    const { api, engine, tracker, problems } = await start();
    const t = T0 + 61_250;
    engine.emit(answered(course, 'q-single', { type: 'single-choice', choice: 'yes' }, true, t));
    engine.emit(answered(course, 'q-multi', { type: 'multiple-response', choices: ['a', 'd'] }, false, t));
    engine.emit(answered(course, 'q-tf', { type: 'true-false', value: false }, true, t));
    engine.emit(answered(course, 'q-fill', { type: 'fill-in', text: 'Gratifikasi' }, true, t));
    engine.emit(answered(course, 'q-match', { type: 'matching', matches: { p1: 'p1', p2: 'p3', p3: 'p2' } }, false, t));
    engine.emit(answered(course, 'q-seq', { type: 'sequencing', order: ['i2', 'i1', 'i3'] }, false, t));
    engine.emit(answered(course, 'q-likert', { type: 'likert', choice: 'sa' }, null, t));
    engine.emit(answered(course, 'q-reflect', { type: 'reflection', text: 'Saya menolak [,] dan melapor.' }, null, t));
    engine.save();
    expect(cmiUnder(api, 'cmi.interactions.')).toMatchObject({
      'cmi.interactions.0.id': 'q-single',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.timestamp': '2026-11-24T09:01:01.25Z',
      'cmi.interactions.0.weighting': '2',
      'cmi.interactions.0.learner_response': 'yes',
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.0.latency': 'PT12.34S',
      'cmi.interactions.0.description': '{lang=id}Apakah gratifikasi?',
      'cmi.interactions.0.correct_responses.0.pattern': 'yes',
      'cmi.interactions.1.learner_response': 'a[,]d',
      'cmi.interactions.1.correct_responses.0.pattern': 'a[,]c',
      'cmi.interactions.1.result': 'incorrect',
      'cmi.interactions.2.type': 'true-false',
      'cmi.interactions.2.learner_response': 'false',
      'cmi.interactions.2.correct_responses.0.pattern': 'false',
      'cmi.interactions.3.type': 'fill-in',
      'cmi.interactions.3.learner_response': '{lang=id}Gratifikasi',
      'cmi.interactions.3.correct_responses.0.pattern': '{case_matters=false}{lang=id}gratifikasi',
      'cmi.interactions.3.correct_responses.1.pattern': '{case_matters=false}{lang=id}KPK',
      'cmi.interactions.4.type': 'matching',
      'cmi.interactions.4.learner_response': 'p1[.]p1[,]p2[.]p3[,]p3[.]p2',
      'cmi.interactions.4.correct_responses.0.pattern': 'p1[.]p1[,]p2[.]p2[,]p3[.]p3',
      'cmi.interactions.5.type': 'sequencing',
      'cmi.interactions.5.learner_response': 'i2[,]i1[,]i3',
      'cmi.interactions.5.correct_responses.0.pattern': 'i1[,]i2[,]i3',
      'cmi.interactions.6.type': 'likert',
      'cmi.interactions.6.learner_response': 'sa',
      'cmi.interactions.6.result': 'neutral',
      'cmi.interactions.7.type': 'long-fill-in',
      'cmi.interactions.7.learner_response': '{lang=id}Saya menolak [ ,] dan melapor.',
    });
    expect(api.GetValue('cmi.interactions._count')).toBe('8');
    expect(api.GetValue('cmi.interactions.4.objectives.0.id')).toBe('m2');
    expect(cmiUnder(api, 'cmi.objectives.')).toMatchObject({ 'cmi.objectives.0.id': 'm1', 'cmi.objectives.0.completion_status': 'incomplete', 'cmi.objectives.1.id': 'm2' });
    expect(problems).toEqual([]);
  });

  it('records a scenario choice with its description in the language shown', async () => {
    const { api, engine, tracker, problems } = await start();
    engine.language = 'en';
    engine.emit({ type: 'language-changed', time: T0, courseId: course.id, language: 'en' });
    engine.currentPage = { pageId: 'story', moduleId: 'm2' };
    engine.emit({ type: 'scenario-choice', time: T0 + 5000, courseId: course.id, scenarioId: 'parcel', run: 1, nodeId: 'n1', choiceId: 'refuse', choiceText: 'Refuse', promptText: 'A parcel arrives.', offered: ['accept', 'refuse'], variables: { integrity: 60 }, latencyMs: 4_000 });
    engine.save();
    expect(cmiUnder(api, 'cmi.interactions.0.')).toMatchObject({
      'cmi.interactions.0.id': 'parcel_n1',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.learner_response': 'refuse',
      'cmi.interactions.0.result': 'neutral',
      'cmi.interactions.0.latency': 'PT4S',
      'cmi.interactions.0.description': '{lang=en}A parcel arrives. → Refuse',
      'cmi.interactions.0.timestamp': '2026-11-24T09:00:05.00Z',
    });
    expect(api.GetValue('cmi.interactions.0.objectives.0.id')).toBe('m2');
    expect(cmi(api)['cmi.learner_preference.language']).toBe('en');
    expect(problems).toEqual([]);
  });
});
