import type { LikertQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The id of the chosen point of the scale. */
export interface LikertResponse {
  type: 'likert';
  choice: string;
}

/** `likert`: a point on a scale; never scored. */
export const likert = defineQuestionType<LikertQuestion, LikertResponse>({
  type: 'likert',
  answer: { kind: 'one', interaction: 'likert', noun: 'choice', options: (q) => q.scale, picked: (r) => r.choice, response: (choice) => ({ type: 'likert', choice }) },
  credit: () => null,
  correct: () => null,
});
