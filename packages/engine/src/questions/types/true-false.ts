import type { TrueFalseQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The value chosen. */
export interface TrueFalseResponse {
  type: 'true-false';
  value: boolean;
}

/** `true-false`: 1 for the right value, else 0. */
export const trueFalse = defineQuestionType<TrueFalseQuestion, TrueFalseResponse>({
  type: 'true-false',
  answer: { kind: 'boolean', value: (r) => r.value, response: (value) => ({ type: 'true-false', value }) },
  credit: (q, r) => (r.value === q.correct ? 1 : 0),
  correct: (q) => ({ type: 'true-false', value: q.correct }),
});
