import type { SingleChoiceQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The id of the chosen option. */
export interface SingleChoiceResponse {
  type: 'single-choice';
  choice: string;
}

/** `single-choice`: one of the choices; 1 for the correct one, else 0. */
export const singleChoice = defineQuestionType<SingleChoiceQuestion, SingleChoiceResponse>('single-choice', 'choice', { kind: 'one', interaction: 'choice', options: (q) => q.choices });
