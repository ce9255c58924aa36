import type { LocalizedText, Question } from '@coursekit/schema';
import type { Response } from '../events';
import type { Judgement } from './score';
import { questionType } from './registry';

/**
 * The feedback that applies to a judged response. The chosen option's own feedback comes first
 * (a type whose answer is one option: single-choice, likert); then, for scored questions, `feedback.correct` for full credit,
 * `feedback.partial` (else `incorrect`) for some credit, `feedback.incorrect` for none.
 *
 * @example
 * feedbackFor(kcSingle, { type: 'single-choice', choice: 'accept' }, judged);
 * // the "accept" option's feedback: { id: 'Hubungan jabatan tetap ada.', en: 'The link to your position remains.' }
 */
export function feedbackFor(question: Question, response: Response, judged: Judgement): LocalizedText | null {
  const answer = questionType(question).answer;
  if (answer.kind === 'one' && response.type === question.type) {
    const own = answer.options(question).find((c) => c.id === answer.value(response))?.feedback;
    if (own !== undefined) return own;
  }
  const fb = question.feedback;
  if (!fb || judged.credit === null) return null;
  if (judged.credit === 1) return fb.correct ?? null;
  if (judged.credit > 0) return fb.partial ?? fb.incorrect ?? null;
  return fb.incorrect ?? null;
}
