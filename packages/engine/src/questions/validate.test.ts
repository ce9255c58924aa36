import { describe, expect, it } from 'vitest';
import type { Question } from '@coursekit/schema';
import { responseProblem } from './validate';

const single: Question = { id: 'q', type: 'single-choice', prompt: 'p', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correct: 'a' };
const seq: Question = { id: 's', type: 'sequencing', prompt: 'p', items: [{ id: 'x', text: 'x' }, { id: 'y', text: 'y' }] };
const match: Question = { id: 'm', type: 'matching', prompt: 'p', pairs: [{ id: 'p1', source: 's', target: 't' }] };
const reflection: Question = { id: 'r', type: 'reflection', prompt: 'p', minLength: 5, maxLength: 8 };

describe('responseProblem', () => {
  it('accepts a well-formed response', () => {
    expect(responseProblem(single, { type: 'single-choice', choice: 'b' })).toBeNull();
    expect(responseProblem(seq, { type: 'sequencing', order: ['y', 'x'] })).toBeNull();
    expect(responseProblem(match, { type: 'matching', matches: {} })).toBeNull();
    expect(responseProblem(reflection, { type: 'reflection', text: '  hello  ' })).toBeNull();
  });
  it('says what is wrong, with the ids and numbers', () => {
    expect(responseProblem(single, { type: 'true-false', value: true })).toBe('question "q" is single-choice; the response is true-false');
    expect(responseProblem(single, { type: 'single-choice', choice: 'z' })).toBe('question "q" has no choice "z"');
    expect(responseProblem({ ...single, type: 'multiple-response', correct: ['a'] } as Question, { type: 'multiple-response', choices: ['a', 'a'] })).toBe('question "q": a choice is given twice');
    expect(responseProblem(seq, { type: 'sequencing', order: ['x'] })).toBe('question "s": the order has 1 of 2 items');
    expect(responseProblem(match, { type: 'matching', matches: { p1: 'p9' } })).toBe('question "m": a match points to a target that is not one of its pairs');
    expect(responseProblem(match, { type: 'matching', matches: { p9: 'p1' } })).toBe('question "m" has no pair "p9"');
    expect(responseProblem(reflection, { type: 'reflection', text: ' abc ' })).toBe('question "r": 3 characters is fewer than the 5 asked for');
    expect(responseProblem(reflection, { type: 'reflection', text: '123456789' })).toBe('question "r": 9 characters is more than the 8 allowed');
  });
});
