import type { LikertQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The id of the chosen point of the scale. */
export interface LikertResponse {
  type: 'likert';
  choice: string;
}

/** `likert`: a point on a scale; never scored. */
export const likert = defineQuestionType<LikertQuestion, LikertResponse>('likert', 'choice', { kind: 'one', interaction: 'likert', options: (q) => q.scale }, { scored: false });
