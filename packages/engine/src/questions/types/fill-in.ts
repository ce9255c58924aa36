import type { FillInQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The text typed. */
export interface FillInResponse {
  type: 'fill-in';
  text: string;
}

/**
 * `fill-in`: typed text, right when it equals an accepted answer (case-insensitive unless
 * `caseSensitive`); its correct response is the first accepted answer.
 */
export const fillIn = defineQuestionType<FillInQuestion, FillInResponse>('fill-in', 'text', { kind: 'text', accepted: (q) => q.accepted, caseSensitive: (q) => q.caseSensitive === true });
