import type { SingleChoiceQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The id of the chosen option. */
export interface SingleChoiceResponse {
  type: 'single-choice';
  choice: string;
}

/** `single-choice`: 1 for the correct option, else 0. */
export const singleChoice = defineQuestionType<SingleChoiceQuestion, SingleChoiceResponse>({
  type: 'single-choice',
  answer: { kind: 'one', interaction: 'choice', noun: 'choice', options: (q) => q.choices, picked: (r) => r.choice, response: (choice) => ({ type: 'single-choice', choice }) },
  credit: (q, r) => (r.choice === q.correct ? 1 : 0),
  correct: (q) => ({ type: 'single-choice', choice: q.correct }),
});
