import type { MatchingQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** Source pair id → the pair id whose target was chosen for it. */
export interface MatchingResponse {
  type: 'matching';
  matches: Record<string, string>;
}

/** `matching`, partial (default): pairs matched right / pairs. all-or-nothing: 1 only when all are. */
export const matching = defineQuestionType<MatchingQuestion, MatchingResponse>({
  type: 'matching',
  answer: { kind: 'pairs', noun: 'pair', options: (q) => q.pairs, matches: (r) => r.matches, response: (matches) => ({ type: 'matching', matches }) },
  credit(q, r) {
    const right = q.pairs.filter((p) => r.matches[p.id] === p.id).length;
    if (q.scoring === 'all-or-nothing') return right === q.pairs.length ? 1 : 0;
    return right / q.pairs.length;
  },
  correct: (q) => ({ type: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) }),
});
