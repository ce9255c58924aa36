import type { Question } from '@coursekit/schema';
import type { Response } from '../events';
import { questionType } from './registry';

/**
 * Why a response cannot be taken for a question, or null when it can. Checked before any
 * state changes, so a bad response from a component never reaches the score or the LMS.
 * Rules: the response type is the question's; then by its answer kind, chosen ids exist (no
 * repeats), a value is a boolean, a text a string, a matching response maps pair ids to pair ids,
 * an order is a permutation of the items; then the type's own rule (a reflection respects
 * minLength/maxLength, counted in characters after trimming).
 *
 * @example
 * responseProblem(trueFalse, { type: 'single-choice', choice: 'a' });
 * // 'question "kc-true-false" is true-false; the response is single-choice'
 */
export function responseProblem(question: Question, response: Response): string | null {
  if (typeof response !== 'object' || response === null) return `question "${question.id}": the response is not an object`;
  if (response.type !== question.type) return `question "${question.id}" is ${question.type}; the response is ${String(response.type)}`;
  const definition = questionType(question);
  return kindProblem(question, response) ?? definition.problem?.(question, response) ?? null;
}

function kindProblem(question: Question, response: Response): string | null {
  const unknown = (ids: unknown, known: string[], what: string): string | null => {
    if (!Array.isArray(ids)) return `question "${question.id}": the ${what}s must be a list`;
    const bad = ids.find((id) => !known.includes(id));
    if (bad !== undefined) return `question "${question.id}" has no ${what} "${bad}"`;
    if (new Set(ids).size !== ids.length) return `question "${question.id}": ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} is given twice`;
    return null;
  };
  const answer = questionType(question).answer;
  switch (answer.kind) {
    case 'one':
      return unknown([answer.value(response)], answer.options(question).map((o) => o.id), answer.noun);
    case 'set':
      return unknown(answer.value(response), answer.options(question).map((o) => o.id), answer.noun);
    case 'boolean':
      return typeof answer.value(response) === 'boolean' ? null : `question "${question.id}": the value must be true or false`;
    case 'text':
      return typeof answer.value(response) === 'string' ? null : `question "${question.id}": the text must be a string`;
    case 'pairs': {
      const ids = answer.options(question).map((p) => p.id);
      const matches: unknown = answer.value(response);
      if (typeof matches !== 'object' || matches === null || Array.isArray(matches)) return `question "${question.id}": the matches must be an object`;
      return unknown(Object.keys(matches), ids, answer.noun) ?? (Object.values(matches).some((t) => !ids.includes(t)) ? `question "${question.id}": a match points to a target that is not one of its pairs` : null);
    }
    case 'order': {
      const order = answer.value(response);
      const items = answer.options(question);
      const problem = unknown(order, items.map((i) => i.id), answer.noun);
      if (problem || !Array.isArray(order)) return problem;
      return order.length === items.length ? null : `question "${question.id}": the order has ${order.length} of ${items.length} ${answer.noun}s`;
    }
  }
}
