import { interactionType, questionType, type Response } from '@coursekit/engine';
import type { Question, QuestionType } from '@coursekit/schema';
import { fit, localized } from '../scorm/format';

/**
 * SCORM 1.2 responses (1.2 RTE cmi.interactions.n.student_response and correct_responses.n.pattern)
 * name options by a single character, 0-9 or a-z. Options are lettered by position: the first is
 * "a", the 27th "0"; an option past the 36th has no letter, and then no response is written
 * (documented fallback: the result, weighting and latency still are).
 */
export const OPTION_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The SCORM 1.2 interaction type of a question type (1.2 RTE cmi.interactions.n.type): its answer
 * model's, except free text, written as fill-in (1.2 has no long-fill-in).
 *
 * @example
 * scorm12Type('reflection'); // 'fill-in'
 */
export function scorm12Type(type: QuestionType): Exclude<ReturnType<typeof interactionType>, 'long-fill-in'> {
  const t = interactionType(questionType(type).answer);
  return t === 'long-fill-in' ? 'fill-in' : t;
}

/** 1.2 CMIString255 / CMIFeedback hold 255 characters. */
export const FIELD_LIMIT = 255;

function letter(ids: readonly string[], id: string): string | null {
  const i = ids.indexOf(id);
  return i >= 0 && i < OPTION_LETTERS.length ? OPTION_LETTERS[i]! : null;
}

function letters(ids: readonly string[], picked: readonly string[]): string | null {
  const out = picked.map((id) => letter(ids, id));
  return out.includes(null) ? null : out.join(',');
}

/**
 * The learner's response in SCORM 1.2 form, or null when it cannot be expressed.
 *
 * @example
 * studentResponse(question, { type: 'multiple-response', choices: ['b', 'd'] }); // "b,d" for choices 2 and 4
 */
export function studentResponse(q: Question, r: Response): string | null {
  if (r.type !== q.type) return null;
  const answer = questionType(q).answer;
  switch (answer.kind) {
    case 'one':
      return letter(answer.options(q).map((o) => o.id), answer.value(r));
    case 'set':
      return letters(answer.options(q).map((o) => o.id), answer.value(r));
    case 'boolean':
      return answer.value(r) ? 't' : 'f';
    case 'text':
      return fit(answer.value(r), FIELD_LIMIT);
    case 'pairs': {
      const pairs = answer.options(q);
      const matches = answer.value(r);
      const ids = pairs.map((p) => p.id);
      const parts = pairs.filter((p) => matches[p.id] !== undefined).map((p) => [letter(ids, p.id), letter(ids, matches[p.id]!)]);
      return parts.some(([s, t]) => s === null || t === null) ? null : parts.map(([s, t]) => `${s}.${t}`).join(',');
    }
    case 'order':
      return letters(answer.options(q).map((o) => o.id), answer.value(r));
  }
}

/**
 * Every correct-response pattern of a question (several for fill-in: one per accepted answer), in
 * SCORM 1.2 form; empty for unscored types.
 *
 * @example
 * correctPatterns(trueFalseQuestion, 'id', 'id'); // ["t"] when the statement is true
 */
export function correctPatterns(q: Question, language: string, fallback: string): string[] {
  const type = questionType(q);
  const answer = type.answer;
  if (answer.kind === 'text' && answer.accepted) return answer.accepted(q).map((a) => fit(localized(a, language, fallback), FIELD_LIMIT));
  const correct = type.correct(q, language);
  const pattern = correct === null ? null : studentResponse(q, correct);
  return pattern === null ? [] : [pattern];
}
