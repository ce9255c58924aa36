import type { Question } from '@coursekit/schema';
import type { Response } from '../events';

/**
 * Why a response cannot be taken for a question, or null when it can. Checked before any
 * state changes, so a bad response from a component never reaches the score or the LMS.
 * Rules: the response type is the question's; chosen ids exist (no repeats); a matching
 * response maps pair ids to pair ids; a sequencing order is a permutation of the items; a
 * reflection respects minLength/maxLength (counted in characters after trimming).
 *
 * @example
 * responseProblem(trueFalse, { type: 'single-choice', choice: 'a' });
 * // 'question "kc-true-false" is true-false; the response is single-choice'
 */
export function responseProblem(question: Question, response: Response): string | null {
  if (typeof response !== 'object' || response === null) return `question "${question.id}": the response is not an object`;
  if (response.type !== question.type) return `question "${question.id}" is ${question.type}; the response is ${String(response.type)}`;
  const unknown = (ids: unknown, known: string[], what: string): string | null => {
    if (!Array.isArray(ids)) return `question "${question.id}": the ${what}s must be a list`;
    const bad = ids.find((id) => !known.includes(id));
    if (bad !== undefined) return `question "${question.id}" has no ${what} "${bad}"`;
    if (new Set(ids).size !== ids.length) return `question "${question.id}": ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} is given twice`;
    return null;
  };
  switch (question.type) {
    case 'single-choice':
      return unknown([(response as { choice: unknown }).choice], question.choices.map((c) => c.id), 'choice');
    case 'likert':
      return unknown([(response as { choice: unknown }).choice], question.scale.map((c) => c.id), 'choice');
    case 'multiple-response':
      return unknown((response as { choices: unknown }).choices, question.choices.map((c) => c.id), 'choice');
    case 'hotspot':
      return unknown((response as { areas: unknown }).areas, question.areas.map((a) => a.id), 'area');
    case 'true-false':
      return typeof (response as { value: unknown }).value === 'boolean' ? null : `question "${question.id}": the value must be true or false`;
    case 'fill-in':
      return typeof (response as { text: unknown }).text === 'string' ? null : `question "${question.id}": the text must be a string`;
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      const matches = (response as { matches: unknown }).matches;
      if (typeof matches !== 'object' || matches === null || Array.isArray(matches)) return `question "${question.id}": the matches must be an object`;
      return unknown(Object.keys(matches), ids, 'pair') ?? (Object.values(matches).some((t) => !ids.includes(t)) ? `question "${question.id}": a match points to a target that is not one of its pairs` : null);
    }
    case 'sequencing': {
      const order = (response as { order: unknown }).order;
      const problem = unknown(order, question.items.map((i) => i.id), 'item');
      if (problem || !Array.isArray(order)) return problem;
      return order.length === question.items.length ? null : `question "${question.id}": the order has ${order.length} of ${question.items.length} items`;
    }
    case 'reflection': {
      const text = (response as { text: unknown }).text;
      if (typeof text !== 'string') return `question "${question.id}": the text must be a string`;
      const length = [...text.trim()].length;
      if (question.minLength !== undefined && length < question.minLength) return `question "${question.id}": ${length} characters is fewer than the ${question.minLength} asked for`;
      if (question.maxLength !== undefined && length > question.maxLength) return `question "${question.id}": ${length} characters is more than the ${question.maxLength} allowed`;
      return null;
    }
  }
}
