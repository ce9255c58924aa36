import type { Question } from '@coursekit/schema';
import type { Response, Score } from '../events';
import { variants } from '../text';

/** How a response was judged: `credit` in 0..1, `correct` only for full credit; both null when unscored. */
export interface Judgement {
  correct: boolean | null;
  /** Share of the question's points earned, 0..1; null for likert and reflection. */
  credit: number | null;
  /** Points on the question's own scale: raw = credit × weight, max = weight. */
  score: Score | null;
}

/**
 * Whether a question type earns points. Likert and reflection never do (format/questions.ts).
 *
 * @example
 * isScored({ id: 'q', type: 'likert', prompt: 'I feel ready', scale: [] }); // false
 */
export function isScored(question: Question): boolean {
  return question.type !== 'likert' && question.type !== 'reflection';
}

/** Trim, fold runs of white space to one space, NFC: how fill-in answers are compared. */
export function normalizeAnswer(text: string, caseSensitive = false): string {
  const folded = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return caseSensitive ? folded : folded.toLowerCase();
}

/**
 * Credit (0..1) for a response, by the rules in the course format's docs:
 * - single-choice, true-false: 1 or 0.
 * - multiple-response, all-or-nothing (default): 1 only for exactly the correct set.
 *   partial: (correct picks − wrong picks) / number of correct choices, floored at 0.
 * - fill-in: 1 when it equals any accepted answer in any language after trimming and folding
 *   white space; case-insensitive unless `caseSensitive`.
 * - matching, partial (default): pairs matched right / pairs. all-or-nothing: 1 only when all are.
 * - sequencing, all-or-nothing (default): 1 only for the exact order. partial: items in their
 *   correct position / items.
 * - hotspot: 1 only for exactly the correct set of areas.
 * A response of another type than the question earns 0.
 */
function credit(question: Question, response: Response): number | null {
  switch (question.type) {
    case 'single-choice':
      return response.type === 'single-choice' && response.choice === question.correct ? 1 : 0;
    case 'true-false':
      return response.type === 'true-false' && response.value === question.correct ? 1 : 0;
    case 'multiple-response': {
      if (response.type !== 'multiple-response') return 0;
      const picks = new Set(response.choices);
      const right = question.correct.filter((id) => picks.has(id)).length;
      const wrong = picks.size - right;
      if (question.scoring === 'partial') return Math.max(0, (right - wrong) / question.correct.length);
      return right === question.correct.length && wrong === 0 ? 1 : 0;
    }
    case 'fill-in': {
      if (response.type !== 'fill-in') return 0;
      const typed = normalizeAnswer(response.text, question.caseSensitive);
      const ok = question.accepted.some((a) => variants(a).some((v) => normalizeAnswer(v, question.caseSensitive) === typed));
      return ok ? 1 : 0;
    }
    case 'matching': {
      if (response.type !== 'matching') return 0;
      const right = question.pairs.filter((p) => response.matches[p.id] === p.id).length;
      if (question.scoring === 'all-or-nothing') return right === question.pairs.length ? 1 : 0;
      return right / question.pairs.length;
    }
    case 'sequencing': {
      if (response.type !== 'sequencing') return 0;
      const right = question.items.filter((item, i) => response.order[i] === item.id).length;
      if (question.scoring === 'partial') return right / question.items.length;
      return right === question.items.length ? 1 : 0;
    }
    case 'hotspot': {
      if (response.type !== 'hotspot') return 0;
      const picks = new Set(response.areas);
      return picks.size === question.correct.length && question.correct.every((id) => picks.has(id)) ? 1 : 0;
    }
    case 'likert':
    case 'reflection':
      return null;
  }
}

/**
 * Judges a response: credit, whether it is fully correct, and the points on the question's
 * scale (raw = credit × weight, max = weight, scaled = credit).
 *
 * @example
 * judge(multiPartial, { type: 'multiple-response', choices: ['parcel', 'salary'] });
 * // 3 correct choices, 1 right pick, 1 wrong: credit (1 − 1) / 3 = 0
 * // → { correct: false, credit: 0, score: { raw: 0, min: 0, max: 1, scaled: 0 } }
 */
export function judge(question: Question, response: Response): Judgement {
  const c = credit(question, response);
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
  switch (question.type) {
    case 'single-choice':
      return { type: 'single-choice', choice: question.correct };
    case 'multiple-response':
      return { type: 'multiple-response', choices: [...question.correct] };
    case 'true-false':
      return { type: 'true-false', value: question.correct };
    case 'fill-in': {
      const first = question.accepted[0];
      if (first === undefined) return { type: 'fill-in', text: '' };
      const text = typeof first === 'string' ? first : ((language !== undefined ? first[language] : undefined) ?? variants(first)[0] ?? '');
      return { type: 'fill-in', text };
    }
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.id])) };
    case 'sequencing':
      return { type: 'sequencing', order: question.items.map((i) => i.id) };
    case 'hotspot':
      return { type: 'hotspot', areas: [...question.correct] };
    case 'likert':
    case 'reflection':
      return null;
  }
}
