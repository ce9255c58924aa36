import { isoDuration, type Score } from '@coursekit/engine';
import { SUSPEND_DATA_LIMITS } from '@coursekit/codec/lazy';
import type { ApiCalls } from '../scorm/connection';
import { decimal, identifier } from '../scorm/format';
import type { InteractionRecord, ScormVersionModel, Standing } from '../scorm/model';
import { LIMITS, scorm2004Type, correctPatterns, langString, learnerResponse } from './interactions';
import { timestamp } from './time';

/** The SCORM 2004 API object an LMS exposes as `window.API_1484_11` (RTE API instance). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/**
 * cmi.completion_status and cmi.success_status, separately (RTE cmi.completion_status, cmi.success_status), from the course's rules.
 *
 * @example
 * statuses({ completed: true, passed: null, scored: false }); // { completion: "completed", success: "unknown" }
 */
export function statuses(standing: Standing): { completion: 'completed' | 'incomplete'; success: 'passed' | 'failed' | 'unknown' } {
  return {
    completion: standing.completed ? 'completed' : 'incomplete',
    success: standing.passed === null ? 'unknown' : standing.passed ? 'passed' : 'failed',
  };
}

function writeInteraction(lms: Parameters<ScormVersionModel['writeInteraction']>[0], n: number, record: InteractionRecord): void {
  const base = `cmi.interactions.${n}.`;
  // RTE cmi.interactions: id first, then type, before any response (responses are checked against the type).
  lms.set(`${base}id`, record.id);
  lms.set(`${base}type`, record.kind === 'question' ? scorm2004Type(record.question.type) : 'choice');
  lms.set(`${base}objectives.0.id`, record.objectiveId);
  lms.set(`${base}timestamp`, timestamp(record.time));
  if (record.description) lms.set(`${base}description`, langString(record.language, record.description, LIMITS.description));
  if (record.kind === 'scenario-choice') {
    lms.set(`${base}learner_response`, identifier(record.choiceId));
    lms.set(`${base}result`, 'neutral');
    lms.set(`${base}latency`, isoDuration(record.latencyMs));
    return;
  }
  const q = record.question;
  correctPatterns(q, record.language, record.language).forEach((pattern, m) => lms.set(`${base}correct_responses.${m}.pattern`, pattern));
  lms.set(`${base}weighting`, decimal(q.weight ?? 1));
  const response = learnerResponse(q, record.response, record.language);
  if (response !== null) lms.set(`${base}learner_response`, response);
  const text = record.response.type === 'fill-in' || record.response.type === 'reflection' ? record.response.text : '';
  const limit = record.response.type === 'reflection' ? LIMITS.longFillIn : LIMITS.fillIn;
  if (text.length > limit) lms.adapted(`interaction ${record.id}: the ${text.length}-character answer is cut to ${limit} characters for cmi.interactions.${n}.learner_response`);
  lms.set(`${base}result`, record.correct === null ? 'neutral' : record.correct ? 'correct' : 'incorrect');
  lms.set(`${base}latency`, isoDuration(record.latencyMs));
}

/** SCORM 2004 (3rd and 4th edition): element names, formats and the status rules. */
export const scorm2004Model: ScormVersionModel = {
  name: 'scorm2004',
  apiName: 'API_1484_11',
  names: { initialize: 'Initialize', terminate: 'Terminate', getValue: 'GetValue', setValue: 'SetValue', commit: 'Commit' },
  calls(api): ApiCalls {
    const a = api as Scorm2004Api;
    return {
      initialize: () => a.Initialize(''),
      terminate: () => a.Terminate(''),
      getValue: (el) => a.GetValue(el),
      setValue: (el, v) => a.SetValue(el, v),
      commit: () => a.Commit(''),
      getLastError: () => a.GetLastError(),
      getErrorString: (c) => a.GetErrorString(c),
      getDiagnostic: (c) => a.GetDiagnostic(c),
    };
  },
  interactionIdsReadable: true,
  suspendDataLimit: SUSPEND_DATA_LIMITS['scorm2004-4th'],
  // RTE cmi.location: characterstring SPM 1000.
  locationLimit: 1000,
  elements: {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    mode: 'cmi.mode',
    entry: 'cmi.entry',
    language: 'cmi.learner_preference.language',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (n) => `cmi.objectives.${n}.id`,
  },
  readMastery(lms) {
    // RTE cmi.scaled_passing_score: -1..1 from the manifest's imsss:minNormalizedMeasure; unset when none.
    const value = lms.get('cmi.scaled_passing_score', true);
    const n = value === null || value === '' ? NaN : Number(value);
    return Number.isFinite(n) && n >= 0 && n <= 1 ? Number((n * 100).toFixed(4)) : null;
  },
  start(lms, standing) {
    const status = lms.get('cmi.completion_status', true);
    if (status === '' || status === 'unknown' || status === 'not attempted') lms.set('cmi.completion_status', statuses(standing).completion);
  },
  writeStanding(lms, standing) {
    const { completion, success } = statuses(standing);
    lms.set('cmi.completion_status', completion);
    if (standing.scored) lms.set('cmi.success_status', success);
  },
  writeScore(lms, score: Score) {
    lms.set('cmi.score.min', decimal(score.min));
    lms.set('cmi.score.max', decimal(score.max));
    lms.set('cmi.score.raw', decimal(score.raw));
    lms.set('cmi.score.scaled', decimal(score.scaled));
  },
  writeProgress(lms, measure) {
    // RTE cmi.progress_measure: real (10,7) 0..1.
    lms.set('cmi.progress_measure', decimal(measure));
  },
  writeObjective(lms, n, id, completed, isNew) {
    if (isNew) lms.set(`cmi.objectives.${n}.id`, id);
    lms.set(`cmi.objectives.${n}.completion_status`, completed ? 'completed' : 'incomplete');
  },
  writeInteraction,
  duration: isoDuration,
  exitWhenDone: (quirks) => quirks.scorm2004ExitWhenDone,
};
