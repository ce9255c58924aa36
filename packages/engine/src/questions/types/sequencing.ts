import type { SequencingQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The item ids in the order the learner put them. */
export interface SequencingResponse {
  type: 'sequencing';
  order: string[];
}

/** `sequencing`: `items` in their correct order; all-or-nothing unless `scoring` is partial. */
export const sequencing = defineQuestionType<SequencingQuestion, SequencingResponse>('sequencing', 'order', { kind: 'order', noun: 'item', options: (q) => q.items });
