import type { Score } from '@coursekit/engine';
import type { ApiCalls } from '../scorm/connection';
import { decimal, fit } from '../scorm/format';
import type { InteractionRecord, ScormVersionModel, Standing } from '../scorm/model';
import { SUSPEND_DATA_LIMITS } from '@coursekit/codec/lazy';
import { FIELD_LIMIT, OPTION_LETTERS, scorm12Type, correctPatterns, studentResponse } from './interactions';
import { clockTime, timespan } from './time';

/** The SCORM 1.2 API object an LMS exposes as `window.API` (1.2 RTE API). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/**
 * cmi.core.lesson_status from the course's rules (1.2 RTE cmi.core.lesson_status): one status for both completion
 * and success. A course with mastery rules is never "completed": it is "incomplete" until its verdict, then "passed"
 * (content done too) or "failed" (judged only once no attempt is left). 1.2 LMSs turn "completed" into passed/failed
 * by comparing cmi.core.score.raw with their mastery score (Moodle's scorm_12.js does it at LMSFinish), which would
 * judge an attempt the learner may still retry. A course without mastery rules is "completed" once its content is done.
 *
 * @example
 * lessonStatus({ completed: true, passed: null, scored: true }); // "incomplete": attempts are left
 * lessonStatus({ completed: true, passed: false, scored: true }); // "failed"
 */
export function lessonStatus(standing: Standing): 'incomplete' | 'completed' | 'passed' | 'failed' {
  if (standing.passed === false) return 'failed';
  if (!standing.completed) return 'incomplete';
  if (standing.passed === true) return 'passed';
  return standing.scored ? 'incomplete' : 'completed';
}

function writeInteraction(lms: Parameters<ScormVersionModel['writeInteraction']>[0], n: number, record: InteractionRecord): void {
  const base = `cmi.interactions.${n}.`;
  lms.set(`${base}id`, record.id);
  lms.set(`${base}objectives.0.id`, record.objectiveId);
  lms.set(`${base}time`, clockTime(record.time));
  if (record.kind === 'scenario-choice') {
    lms.set(`${base}type`, 'choice');
    const i = record.offered.indexOf(record.choiceId);
    if (i >= 0 && i < OPTION_LETTERS.length) lms.set(`${base}student_response`, OPTION_LETTERS[i]!);
    lms.set(`${base}result`, 'neutral');
    lms.set(`${base}latency`, timespan(record.latencyMs));
    return;
  }
  const q = record.question;
  lms.set(`${base}type`, scorm12Type(q.type));
  correctPatterns(q, record.language, record.language).forEach((pattern, m) => lms.set(`${base}correct_responses.${m}.pattern`, pattern));
  lms.set(`${base}weighting`, decimal(q.weight ?? 1));
  const response = studentResponse(q, record.response);
  if (response !== null) lms.set(`${base}student_response`, response);
  else lms.adapted(`interaction ${record.id}: the response has no SCORM 1.2 form (options past the 36th have no letter); written without it`);
  const text = record.response.type === 'fill-in' || record.response.type === 'reflection' ? record.response.text : '';
  if (text.length > FIELD_LIMIT) lms.adapted(`interaction ${record.id}: the ${text.length}-character answer is cut to ${FIELD_LIMIT} characters for cmi.interactions.${n}.student_response`);
  lms.set(`${base}result`, record.correct === null ? 'neutral' : record.correct ? 'correct' : 'wrong');
  lms.set(`${base}latency`, timespan(record.latencyMs));
}

/** SCORM 1.2: element names, formats and the status rule. */
export const scorm12Model: ScormVersionModel = {
  name: 'scorm12',
  apiName: 'API',
  names: { initialize: 'LMSInitialize', terminate: 'LMSFinish', getValue: 'LMSGetValue', setValue: 'LMSSetValue', commit: 'LMSCommit' },
  calls(api): ApiCalls {
    const a = api as Scorm12Api;
    return {
      initialize: () => a.LMSInitialize(''),
      terminate: () => a.LMSFinish(''),
      getValue: (el) => a.LMSGetValue(el),
      setValue: (el, v) => a.LMSSetValue(el, v),
      commit: () => a.LMSCommit(''),
      getLastError: () => a.LMSGetLastError(),
      getErrorString: (c) => a.LMSGetErrorString(c),
      getDiagnostic: (c) => a.LMSGetDiagnostic(c),
    };
  },
  interactionIdsReadable: false,
  suspendDataLimit: SUSPEND_DATA_LIMITS.scorm12,
  locationLimit: FIELD_LIMIT,
  elements: {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    mode: 'cmi.core.lesson_mode',
    entry: 'cmi.core.entry',
    language: 'cmi.student_preference.language',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (n) => `cmi.objectives.${n}.id`,
  },
  readMastery(lms) {
    // 1.2 RTE cmi.student_data.mastery_score: 0-100, compared with cmi.core.score.raw; "" when the LMS sets none.
    const value = lms.get('cmi.student_data.mastery_score', true);
    const n = value === null || value === '' ? NaN : Number(value);
    return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
  },
  start(lms, standing) {
    const status = lms.get('cmi.core.lesson_status', true);
    if (status === '' || status === 'not attempted') lms.set('cmi.core.lesson_status', lessonStatus(standing));
  },
  writeStanding(lms, standing) {
    lms.set('cmi.core.lesson_status', lessonStatus(standing));
  },
  writeScore(lms, score: Score) {
    // 1.2 LMSs compare raw with a 0-100 mastery score, so the course score is written in percent.
    lms.set('cmi.core.score.min', '0');
    lms.set('cmi.core.score.max', '100');
    lms.set('cmi.core.score.raw', decimal(score.scaled * 100));
  },
  writeProgress() {
    // SCORM 1.2 has no progress element; lesson_status and the bookmark carry it.
  },
  writeObjective(lms, n, id, completed, isNew) {
    if (isNew) lms.set(`cmi.objectives.${n}.id`, fit(id, FIELD_LIMIT));
    lms.set(`cmi.objectives.${n}.status`, completed ? 'completed' : 'incomplete');
  },
  writeInteraction,
  duration: timespan,
  exitWhenDone: (quirks) => quirks.scorm12ExitWhenDone,
};
