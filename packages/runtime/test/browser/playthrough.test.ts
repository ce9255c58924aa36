import { afterEach, describe, expect, it } from 'vitest';
import type { LearningEvent, TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { encodeSnapshot } from '@coursekit/codec';
import { FakeEngine, T0, answered } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { cmi, installLms, removeLms, type LmsVersion } from './harness';
import { EXPECTED_12, EXPECTED_2004 } from './playthrough.expected';

afterEach(() => removeLms());

const trackers = { '1.2': Scorm12Tracker, '2004': Scorm2004Tracker } as const;

/** The events of one learner going through the mini course, a second apart: every page, question, the scenario, the assessment. */
function journey(): LearningEvent[] {
  let t = T0;
  const at = () => (t += 1000);
  const base = () => ({ time: at(), courseId: course.id });
  const page = (moduleId: string, pageId: string, viewed: number): LearningEvent => ({ type: 'page-viewed', ...base(), moduleId, pageId, progress: { viewed, total: 5 } });
  return [
    { type: 'course-started', ...base(), language: 'id' },
    page('m1', 'intro', 1),
    page('m1', 'checks', 2),
    answered(course, 'q-single', { type: 'single-choice', choice: 'yes' }, true, at(), { latencyMs: 8_000 }),
    answered(course, 'q-multi', { type: 'multiple-response', choices: ['a', 'c'] }, true, at(), { latencyMs: 15_500 }),
    answered(course, 'q-tf', { type: 'true-false', value: false }, true, at(), { latencyMs: 3_000 }),
    answered(course, 'q-fill', { type: 'fill-in', text: 'gratifikasi' }, true, at(), { latencyMs: 21_000 }),
    { type: 'module-completed', ...base(), moduleId: 'm1' },
    page('m2', 'more', 3),
    answered(course, 'q-match', { type: 'matching', matches: { p1: 'p1', p2: 'p2', p3: 'p3' } }, true, at(), { latencyMs: 30_000 }),
    answered(course, 'q-seq', { type: 'sequencing', order: ['i1', 'i2', 'i3'] }, true, at(), { latencyMs: 12_000 }),
    answered(course, 'q-likert', { type: 'likert', choice: 'n' }, null, at(), { latencyMs: 2_000 }),
    answered(course, 'q-reflect', { type: 'reflection', text: 'Saya akan menolak dan melapor ke UPG.' }, null, at(), { latencyMs: 95_000 }),
    page('m2', 'story', 4),
    { type: 'scenario-started', ...base(), scenarioId: 'parcel', run: 1 },
    { type: 'scenario-choice', ...base(), scenarioId: 'parcel', run: 1, nodeId: 'n1', choiceId: 'refuse', choiceText: 'Tolak', promptText: 'Ada parsel datang.', offered: ['accept', 'refuse'], variables: { integrity: 60 }, latencyMs: 6_000 },
    { type: 'scenario-ended', ...base(), scenarioId: 'parcel', run: 1, endingId: 'good', outcome: 'success', score: { raw: 100, min: 0, max: 100, scaled: 1 }, variables: { integrity: 60 }, path: ['refuse'], durationMs: 7_000 },
    page('m2', 'quiz', 5),
    { type: 'assessment-started', ...base(), assessmentId: 'final', attempt: 1, questionIds: ['f1', 'f2'] },
    answered(course, 'f1', { type: 'true-false', value: true }, true, at(), { assessmentId: 'final', latencyMs: 4_000, score: { raw: 1, min: 0, max: 1, scaled: 1 } }),
    answered(course, 'f2', { type: 'single-choice', choice: 'x' }, false, at(), { assessmentId: 'final', latencyMs: 5_000, score: { raw: 0, min: 0, max: 1, scaled: 0 } }),
    { type: 'assessment-completed', ...base(), assessmentId: 'final', attempt: 1, score: { raw: 1, min: 0, max: 2, scaled: 0.5 }, passed: true, passingScore: 50, attemptsLeft: null, durationMs: 9_000 },
    { type: 'module-completed', ...base(), moduleId: 'm2' },
    { type: 'course-completed', ...base(), durationMs: 24_000 },
    { type: 'course-scored', ...base(), score: { raw: 1, min: 0, max: 2, scaled: 0.5 }, passed: false, passingScore: 80 },
  ];
}

describe.each(['1.2', '2004'] as const)('SCORM %s full playthrough', (version: LmsVersion) => {
  it('ends with the exact CMI values expected', async () => {
    const api = installLms(version, version === '1.2' ? { 'cmi.core.student_id': 'ASN-1987', 'cmi.core.student_name': 'Siregar, Rina' } : { 'cmi.learner_id': 'ASN-1987', 'cmi.learner_name': 'Rina Siregar' });
    let now = T0;
    const problems: TrackerProblem[] = [];
    const tracker = new trackers[version]({ now: () => now, onProblem: (p) => problems.push(p) });
    await tracker.launch({ course });
    const engine = new FakeEngine(course);
    engine.drive(tracker);
    for (const event of journey()) engine.emit(event);
    engine.state = {
      ...engine.state,
      pageId: 'quiz',
      viewed: ['intro', 'checks', 'more', 'story', 'quiz'],
      answers: { 'q-single': { type: 'single-choice', choice: 'yes' } },
      assessments: { final: { attempt: 1, questionIds: ['f1', 'f2'], responses: { f1: { type: 'true-false', value: true }, f2: { type: 'single-choice', choice: 'x' } }, submitted: true, best: 0.5, passed: true } },
      scenarios: { parcel: { run: 1, nodeId: 'good', variables: { integrity: 60 }, path: ['refuse'], endingId: 'good', best: 1 } },
      completed: true,
      passed: false,
      totalTimeMs: 1_512_000,
    };
    now = T0 + 1_512_000;
    await engine.end();
    expect(problems).toEqual([]);
    expect(cmi(api)).toEqual({ ...(version === '1.2' ? EXPECTED_12 : EXPECTED_2004), 'cmi.suspend_data': encodeSnapshot(course, engine.state) });
  });
});
