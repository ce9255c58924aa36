import type { Question } from '@coursekit/schema';
import type { Response, Score } from '../events';
import { questionType } from './registry';

export { normalizeAnswer } from './type';

/** How a response was judged: `credit` in 0..1, `correct` only for full credit; both null when unscored. */
export interface Judgement {
  correct: boolean | null;
  /** Share of the question's points earned, 0..1; null for likert and reflection. */
  credit: number | null;
  /** Points on the question's own scale: raw = credit × weight, max = weight. */
  score: Score | null;
}

/**
 * Whether a question type earns points: one whose type gives no correct response (likert,
 * reflection) never does.
 *
 * @example
 * isScored({ id: 'q', type: 'likert', prompt: 'I feel ready', scale: [] }); // false
 */
export function isScored(question: Question): boolean {
  return questionType(question).correct(question) !== null;
}

/**
 * Judges a response: credit (by the rules of the question's type, in `questions/types/`), whether
 * it is fully correct, and the points on the question's scale (raw = credit × weight, max =
 * weight, scaled = credit). A response of another type than the question earns 0.
 *
 * @example
 * judge(multiPartial, { type: 'multiple-response', choices: ['parcel', 'salary'] });
 * // 3 correct choices, 1 right pick, 1 wrong: credit (1 − 1) / 3 = 0
 * // → { correct: false, credit: 0, score: { raw: 0, min: 0, max: 1, scaled: 0 } }
 */
export function judge(question: Question, response: Response): Judgement {
  const definition = questionType(question);
  const c = response.type === question.type ? definition.credit(question, response) : definition.correct(question) === null ? null : 0;
  if (c === null) return { correct: null, credit: null, score: null };
  const weight = question.weight ?? 1;
  return { correct: c === 1, credit: c, score: { raw: c * weight, min: 0, max: weight, scaled: c } };
}

/**
 * The response that earns full credit, for trackers' correct-response patterns (SCORM
 * `correct_responses`, xAPI `correctResponsesPattern`); null for likert and reflection, which
 * have none. A fill-in question gives its first accepted answer, in `language` when it is
 * localised.
 *
 * @example
 * correctResponse({ id: 'q', type: 'true-false', prompt: 'KPK receives reports', correct: true });
 * // { type: 'true-false', value: true }
 */
export function correctResponse(question: Question, language?: string): Response | null {
  return questionType(question).correct(question, language);
}
