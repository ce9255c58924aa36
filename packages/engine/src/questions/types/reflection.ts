import type { ReflectionQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The text typed. */
export interface ReflectionResponse {
  type: 'reflection';
  text: string;
}

/** `reflection`: free text within minLength/maxLength (characters after trimming); never scored. */
export const reflection = defineQuestionType<ReflectionQuestion, ReflectionResponse>({
  type: 'reflection',
  answer: { kind: 'text', long: true, text: (r) => r.text, response: (text) => ({ type: 'reflection', text }), maxLength: (q) => q.maxLength },
  credit: () => null,
  correct: () => null,
  problem(q, r) {
    const length = [...r.text.trim()].length;
    if (q.minLength !== undefined && length < q.minLength) return `question "${q.id}": ${length} characters is fewer than the ${q.minLength} asked for`;
    if (q.maxLength !== undefined && length > q.maxLength) return `question "${q.id}": ${length} characters is more than the ${q.maxLength} allowed`;
    return null;
  },
});
