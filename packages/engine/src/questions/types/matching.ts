import type { MatchingQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** Source pair id → the pair id whose target was chosen for it. */
export interface MatchingResponse {
  type: 'matching';
  matches: Record<string, string>;
}

/** `matching`: each source matched with a target; credit per right pair unless `scoring` is all-or-nothing. */
export const matching = defineQuestionType<MatchingQuestion, MatchingResponse>('matching', 'matches', { kind: 'pairs', noun: 'pair', options: (q) => q.pairs });
