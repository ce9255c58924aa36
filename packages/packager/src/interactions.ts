import type { Question, ResolvedCourse } from '@coursekit/schema';
import { PACKAGE_ERROR, type PackageProblem } from './errors';
import { isScormTarget, type TargetId } from './targets';

/**
 * What a browser lets a page send while it unloads: a keepalive fetch or sendBeacon body of at most 64 KiB
 * (Fetch standard, "inflight keepalive bytes"). LMS runtimes that save the final Finish/Terminate that way
 * (scorm-again, Moodle's beacon fallback) lose a larger save.
 */
export const UNLOAD_BYTES = 64 * 1024;

/** Attempts counted for an assessment that sets none (unlimited), in SCORM 1.2, which journals a record per attempt. */
const UNLIMITED_ATTEMPTS = 3;

const length = (text: unknown): number => (typeof text === 'string' ? text.length : text && typeof text === 'object' ? Math.max(0, ...Object.values(text).map((t) => (typeof t === 'string' ? t.length : 0))) : 0);
const ids = (items: Array<{ id: string }> | undefined): number[] => (items ?? []).map((i) => i.id.length);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** The longest learner response (and correct pattern) a question can write, in characters. */
function responseLength(q: Question, scorm12: boolean): number {
  const o = q as unknown as Record<string, unknown>;
  switch (q.type) {
    case 'single-choice':
      return scorm12 ? 1 : Math.max(0, ...ids(q.choices));
    case 'likert':
      return scorm12 ? 1 : Math.max(0, ...ids(q.scale));
    case 'multiple-response':
      return scorm12 ? 2 * q.choices.length : sum(ids(q.choices).map((n) => n + 3));
    case 'true-false':
      return 5;
    case 'fill-in':
      return 255;
    case 'matching':
      return scorm12 ? 4 * q.pairs.length : sum(ids(q.pairs).map((n) => 2 * n + 6));
    case 'sequencing':
      return scorm12 ? 2 * q.items.length : sum(ids(q.items).map((n) => n + 3));
    case 'reflection':
      return scorm12 ? 255 : Math.min(q.maxLength ?? 4000, 4000);
    default:
      return typeof o.maxLength === 'number' ? o.maxLength : 250;
  }
}

/** Bytes one interaction record takes in the LMS's save: every element's name and longest value, with JSON punctuation. */
function recordBytes(n: number, fields: Record<string, number>): number {
  return sum(Object.entries(fields).map(([element, chars]) => `"cmi.interactions.${n}.${element}":"",`.length + chars));
}

function questionRecord(q: Question, n: number, scorm12: boolean): number {
  const response = responseLength(q, scorm12);
  const patterns = q.type === 'fill-in' ? sum(q.accepted.map((a) => Math.min(length(a) + 32, 255))) : q.type === 'likert' || q.type === 'reflection' ? 0 : response;
  return recordBytes(n, {
    id: Math.min(q.id.length + 20, 250),
    type: 12,
    'objectives.0.id': 64,
    [scorm12 ? 'time' : 'timestamp']: scorm12 ? 8 : 24,
    ...(scorm12 ? {} : { description: Math.min(length(q.prompt) + 10, 250) }),
    'correct_responses.0.pattern': patterns,
    weighting: 4,
    [scorm12 ? 'student_response' : 'learner_response']: response,
    result: 9,
    latency: 14,
  });
}

/** Every question with the number of records it can take: one in 2004 (updated by id); in 1.2 one per assessment attempt. */
function* records(course: ResolvedCourse, scorm12: boolean): Generator<{ question: Question; count: number }> {
  for (const m of course.modules) for (const p of m.pages) for (const b of p.blocks) if (b.type === 'question') yield { question: b.question, count: 1 };
  const banks = new Map((course.questionBanks ?? []).map((bank) => [bank.id, bank]));
  for (const a of course.assessments ?? []) {
    const count = scorm12 ? (a.attempts ?? UNLIMITED_ATTEMPTS) : 1;
    const drawn = (a.draw ?? []).flatMap((d) => banks.get(d.bank)?.questions ?? []);
    for (const question of [...(a.questions ?? []), ...drawn]) yield { question, count };
  }
}

/**
 * The largest interaction data a SCORM learner can leave in the LMS's final save, in bytes: every question answered
 * with its longest response (SCORM 2004: one record per question, updated by id; SCORM 1.2: one per assessment attempt,
 * 3 attempts assumed where the course sets no limit) and every scenario choice node once.
 *
 * @example
 * worstCaseInteractionBytes(course, 'scorm2004-4'); // 41230
 */
export function worstCaseInteractionBytes(course: ResolvedCourse, target: TargetId): { bytes: number; records: number } {
  const scorm12 = target === 'scorm12';
  let bytes = 0;
  let n = 0;
  for (const { question, count } of records(course, scorm12)) {
    for (let i = 0; i < count; i++) bytes += questionRecord(question, n++, scorm12);
  }
  if (course.tracking?.scenarioChoices !== false) {
    for (const s of course.scenarios ?? []) {
      for (const node of s.nodes) {
        if (node.type !== 'choice') continue;
        const choice = Math.max(0, ...node.choices.map((c) => c.id.length));
        bytes += recordBytes(n++, { id: Math.min(s.id.length + node.id.length + 1, 250), type: 6, 'objectives.0.id': 64, timestamp: 24, ...(scorm12 ? {} : { description: 250 }), learner_response: scorm12 ? 1 : choice, result: 7, latency: 14 });
      }
    }
  }
  return { bytes, records: n };
}

/**
 * A warning (CK911) when a SCORM course's worst-case interaction data exceeds what a browser sends as a page closes:
 * an LMS that saves the final Finish/Terminate that way would lose it.
 *
 * @example
 * checkInteractionPayload(course, 'scorm12'); // null, or { code: 'CK911', severity: 'warning', … }
 */
export function checkInteractionPayload(course: ResolvedCourse, target: TargetId, file?: string): PackageProblem | null {
  if (!isScormTarget(target)) return null;
  const { bytes, records: count } = worstCaseInteractionBytes(course, target);
  if (bytes <= UNLOAD_BYTES) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    code: PACKAGE_ERROR.interactionsTooLarge,
    severity: 'warning',
    file,
    message: `the interactions of this course can take ${n(bytes)} bytes in the LMS's save (${n(count)} records at their longest); a browser sends at most ${n(UNLOAD_BYTES)} bytes as a page closes, so an LMS that saves the last Finish/Terminate that way can lose it`,
    hint: `CourseKit commits after every answer, so such an LMS loses at most the last second of session time; to stay under the limit, set "tracking": { "scenarioChoices": false }, shorten the question ids and prompts, limit the assessments' attempts, or split the course`,
  };
}
