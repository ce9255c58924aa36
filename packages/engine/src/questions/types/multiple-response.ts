import type { MultipleResponseQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The ids of the chosen options. */
export interface MultipleResponseResponse {
  type: 'multiple-response';
  choices: string[];
}

/** `multiple-response`: a set of choices, all-or-nothing unless `scoring` is partial. */
export const multipleResponse = defineQuestionType<MultipleResponseQuestion, MultipleResponseResponse>('multiple-response', 'choices', { kind: 'set', options: (q) => q.choices });
