import type { TrueFalseQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The value chosen. */
export interface TrueFalseResponse {
  type: 'true-false';
  value: boolean;
}

/** `true-false`: 1 for the right value, else 0. */
export const trueFalse = defineQuestionType<TrueFalseQuestion, TrueFalseResponse>('true-false', 'value', { kind: 'boolean' });
