import type { ReflectionQuestion } from '@coursekit/schema';
import { defineQuestionType } from '../type';

/** The text typed. */
export interface ReflectionResponse {
  type: 'reflection';
  text: string;
}

/** `reflection`: free text within minLength/maxLength (characters after trimming); never scored. */
export const reflection = defineQuestionType<ReflectionQuestion, ReflectionResponse>(
  'reflection',
  'text',
  { kind: 'text', long: true, minLength: (q) => q.minLength, maxLength: (q) => q.maxLength },
  {
    scored: false,
    problem(q, r) {
      const length = [...r.text.trim()].length;
      if (q.minLength !== undefined && length < q.minLength) return `question "${q.id}": ${length} characters is fewer than the ${q.minLength} asked for`;
      if (q.maxLength !== undefined && length > q.maxLength) return `question "${q.id}": ${length} characters is more than the ${q.maxLength} allowed`;
      return null;
    },
  },
);
