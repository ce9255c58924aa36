import type { LocalizedText, Question } from '@coursekit/schema';
import type { Response } from '../events';
import type { Judgement } from './score';

/**
 * The feedback that applies to a judged response. The chosen option's own feedback comes first
 * (single-choice, likert); then, for scored questions, `feedback.correct` for full credit,
 * `feedback.partial` (else `incorrect`) for some credit, `feedback.incorrect` for none.
 *
 * @example
 * feedbackFor(kcSingle, { type: 'single-choice', choice: 'accept' }, judged);
 * // the "accept" option's feedback: { id: 'Hubungan jabatan tetap ada.', en: 'The link to your position remains.' }
 */
export function feedbackFor(question: Question, response: Response, judged: Judgement): LocalizedText | null {
  if ((question.type === 'single-choice' || question.type === 'likert') && 'choice' in response) {
    const options = question.type === 'single-choice' ? question.choices : question.scale;
    const own = options.find((c) => c.id === response.choice)?.feedback;
    if (own !== undefined) return own;
  }
  const fb = question.feedback;
  if (!fb || judged.credit === null) return null;
  if (judged.credit === 1) return fb.correct ?? null;
  if (judged.credit > 0) return fb.partial ?? fb.incorrect ?? null;
  return fb.incorrect ?? null;
}
