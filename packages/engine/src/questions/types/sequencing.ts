import type { SequencingQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The item ids in the order the learner put them. */
export interface SequencingResponse {
  type: 'sequencing';
  order: string[];
}

/** `sequencing`, all-or-nothing (default): 1 only for the exact order. partial: items in their correct position / items. */
export const sequencing = defineQuestionType<SequencingQuestion, SequencingResponse>({
  type: 'sequencing',
  answer: { kind: 'order', noun: 'item', options: (q) => q.items, order: (r) => r.order, response: (order) => ({ type: 'sequencing', order }) },
  credit(q, r) {
    const right = q.items.filter((item, i) => r.order[i] === item.id).length;
    if (q.scoring === 'partial') return right / q.items.length;
    return right === q.items.length ? 1 : 0;
  },
  correct: (q) => ({ type: 'sequencing', order: q.items.map((i) => i.id) }),
});
