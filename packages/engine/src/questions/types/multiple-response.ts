import type { MultipleResponseQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The ids of the chosen options. */
export interface MultipleResponseResponse {
  type: 'multiple-response';
  choices: string[];
}

/**
 * `multiple-response`, all-or-nothing (default): 1 only for exactly the correct set. partial:
 * (correct picks − wrong picks) / number of correct choices, floored at 0.
 */
export const multipleResponse = defineQuestionType<MultipleResponseQuestion, MultipleResponseResponse>({
  type: 'multiple-response',
  answer: { kind: 'set', noun: 'choice', options: (q) => q.choices, picked: (r) => r.choices, response: (choices) => ({ type: 'multiple-response', choices }) },
  credit(q, r) {
    const picks = new Set(r.choices);
    const right = q.correct.filter((id) => picks.has(id)).length;
    const wrong = picks.size - right;
    if (q.scoring === 'partial') return Math.max(0, (right - wrong) / q.correct.length);
    return right === q.correct.length && wrong === 0 ? 1 : 0;
  },
  correct: (q) => ({ type: 'multiple-response', choices: [...q.correct] }),
});
