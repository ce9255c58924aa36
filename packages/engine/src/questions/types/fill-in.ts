import type { FillInQuestion } from '@coursekit/schema';
import { variants } from '../../text';
import { defineQuestionType } from '../type';

/** The text typed. */
export interface FillInResponse {
  type: 'fill-in';
  text: string;
}

/** Trim, fold runs of white space to one space, NFC: how fill-in answers are compared. */
export function normalizeAnswer(text: string, caseSensitive = false): string {
  const folded = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return caseSensitive ? folded : folded.toLowerCase();
}

/**
 * `fill-in`: 1 when the text equals any accepted answer in any language after trimming and folding
 * white space; case-insensitive unless `caseSensitive`. Its correct response is the first accepted
 * answer, in the language asked for when it is localised.
 */
export const fillIn = defineQuestionType<FillInQuestion, FillInResponse>({
  type: 'fill-in',
  answer: { kind: 'text', long: false, text: (r) => r.text, response: (text) => ({ type: 'fill-in', text }), accepted: (q) => q.accepted, caseSensitive: (q) => q.caseSensitive === true },
  credit(q, r) {
    const typed = normalizeAnswer(r.text, q.caseSensitive);
    return q.accepted.some((a) => variants(a).some((v) => normalizeAnswer(v, q.caseSensitive) === typed)) ? 1 : 0;
  },
  correct(q, language) {
    const first = q.accepted[0];
    if (first === undefined) return { type: 'fill-in', text: '' };
    const text = typeof first === 'string' ? first : ((language !== undefined ? first[language] : undefined) ?? variants(first)[0] ?? '');
    return { type: 'fill-in', text };
  },
});
