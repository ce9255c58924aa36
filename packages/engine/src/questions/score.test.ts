import { describe, expect, it } from 'vitest';
import type { Question } from '@coursekit/schema';
import { correctResponse, isScored, judge, normalizeAnswer } from './score';
import { feedbackFor } from './feedback';

const single: Question = {
  id: 'single',
  type: 'single-choice',
  prompt: 'p',
  choices: [
    { id: 'a', text: 'A', feedback: 'About A' },
    { id: 'b', text: 'B' },
  ],
  correct: 'b',
  weight: 2,
  feedback: { correct: 'Right', incorrect: 'Wrong' },
};
const multi = (scoring?: 'partial' | 'all-or-nothing'): Question => ({
  id: 'multi',
  type: 'multiple-response',
  prompt: 'p',
  choices: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id })),
  correct: ['a', 'b', 'c'],
  ...(scoring ? { scoring } : {}),
  feedback: { correct: 'All', partial: 'Some', incorrect: 'None' },
});
const fillIn: Question = { id: 'fill', type: 'fill-in', prompt: 'p', accepted: ['KPK', { id: 'tiga  puluh', en: 'thirty' }] };
const pairs = [
  { id: 'p1', source: 's1', target: 't1' },
  { id: 'p2', source: 's2', target: 't2' },
  { id: 'p3', source: 's3', target: 't3' },
  { id: 'p4', source: 's4', target: 't4' },
];
const items = ['i1', 'i2', 'i3', 'i4'].map((id) => ({ id, text: id }));

const credit = (q: Question, r: Parameters<typeof judge>[1]) => judge(q, r).credit;

describe('single-choice and true-false', () => {
  it('give full credit, times the weight, only for the correct option', () => {
    expect(judge(single, { type: 'single-choice', choice: 'b' })).toEqual({ correct: true, credit: 1, score: { raw: 2, min: 0, max: 2, scaled: 1 } });
    expect(judge(single, { type: 'single-choice', choice: 'a' })).toEqual({ correct: false, credit: 0, score: { raw: 0, min: 0, max: 2, scaled: 0 } });
    const tf: Question = { id: 'tf', type: 'true-false', prompt: 'p', correct: false };
    expect(credit(tf, { type: 'true-false', value: false })).toBe(1);
    expect(credit(tf, { type: 'true-false', value: true })).toBe(0);
  });
  it('give 0 to a response of another type', () => {
    expect(credit(single, { type: 'true-false', value: true })).toBe(0);
  });
});

describe('multiple-response', () => {
  it('all-or-nothing by default: only the exact set earns credit', () => {
    expect(credit(multi(), { type: 'multiple-response', choices: ['c', 'a', 'b'] })).toBe(1);
    expect(credit(multi(), { type: 'multiple-response', choices: ['a', 'b'] })).toBe(0);
    expect(credit(multi(), { type: 'multiple-response', choices: ['a', 'b', 'c', 'd'] })).toBe(0);
    expect(credit(multi('all-or-nothing'), { type: 'multiple-response', choices: [] })).toBe(0);
  });
  it('partial: (right picks − wrong picks) / correct choices, floored at 0', () => {
    const q = multi('partial');
    expect(credit(q, { type: 'multiple-response', choices: ['a', 'b', 'c'] })).toBe(1);
    expect(credit(q, { type: 'multiple-response', choices: ['a', 'b'] })).toBe(2 / 3);
    expect(credit(q, { type: 'multiple-response', choices: ['a', 'b', 'c', 'd'] })).toBe(2 / 3);
    expect(credit(q, { type: 'multiple-response', choices: ['a', 'd'] })).toBe(0);
    expect(credit(q, { type: 'multiple-response', choices: ['a', 'd', 'e'] })).toBe(0);
    expect(credit(q, { type: 'multiple-response', choices: ['d', 'e'] })).toBe(0);
    expect(credit(q, { type: 'multiple-response', choices: ['a', 'b', 'c', 'd', 'e'] })).toBe(1 / 3);
    expect(credit(q, { type: 'multiple-response', choices: [] })).toBe(0);
  });
  it('counts a choice picked twice once', () => {
    expect(credit(multi('partial'), { type: 'multiple-response', choices: ['a', 'a'] })).toBe(1 / 3);
  });
  it('is correct only for full credit', () => {
    expect(judge(multi('partial'), { type: 'multiple-response', choices: ['a', 'b'] }).correct).toBe(false);
  });
});

describe('fill-in', () => {
  it('accepts any accepted answer in any language, after trimming and folding white space, ignoring case', () => {
    expect(credit(fillIn, { type: 'fill-in', text: '  kpk ' })).toBe(1);
    expect(credit(fillIn, { type: 'fill-in', text: 'Tiga puluh' })).toBe(1);
    expect(credit(fillIn, { type: 'fill-in', text: 'THIRTY' })).toBe(1);
    expect(credit(fillIn, { type: 'fill-in', text: 'K P K' })).toBe(0);
    expect(credit(fillIn, { type: 'fill-in', text: '' })).toBe(0);
  });
  it('respects caseSensitive', () => {
    const q: Question = { id: 'f', type: 'fill-in', prompt: 'p', accepted: ['UPG'], caseSensitive: true };
    expect(credit(q, { type: 'fill-in', text: ' UPG' })).toBe(1);
    expect(credit(q, { type: 'fill-in', text: 'upg' })).toBe(0);
  });
  it('compares Unicode in NFC, so a decomposed é equals a composed one', () => {
    expect(normalizeAnswer('Cafe\u0301')).toBe(normalizeAnswer('Caf\u00e9'));
  });
});

describe('matching', () => {
  const m = (matches: Record<string, string>) => ({ type: 'matching' as const, matches });
  it('partial by default: one share per pair matched to its own target', () => {
    const q: Question = { id: 'm', type: 'matching', prompt: 'p', pairs };
    expect(credit(q, m({ p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }))).toBe(1);
    expect(credit(q, m({ p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' }))).toBe(0.5);
    expect(credit(q, m({ p1: 'p1' }))).toBe(0.25);
    expect(credit(q, m({}))).toBe(0);
    expect(credit(q, m({ p1: 'p1', p2: 'p1' }))).toBe(0.25);
  });
  it('all-or-nothing: credit only when every pair is right', () => {
    const q: Question = { id: 'm', type: 'matching', prompt: 'p', pairs, scoring: 'all-or-nothing' };
    expect(credit(q, m({ p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }))).toBe(1);
    expect(credit(q, m({ p1: 'p1', p2: 'p2', p3: 'p3' }))).toBe(0);
  });
});

describe('sequencing', () => {
  const s = (order: string[]) => ({ type: 'sequencing' as const, order });
  it('all-or-nothing by default', () => {
    const q: Question = { id: 's', type: 'sequencing', prompt: 'p', items };
    expect(credit(q, s(['i1', 'i2', 'i3', 'i4']))).toBe(1);
    expect(credit(q, s(['i1', 'i2', 'i4', 'i3']))).toBe(0);
  });
  it('partial: one share per item in its own position (not relative order)', () => {
    const q: Question = { id: 's', type: 'sequencing', prompt: 'p', items, scoring: 'partial' };
    expect(credit(q, s(['i1', 'i2', 'i4', 'i3']))).toBe(0.5);
    // Every item one place late: the relative order is nearly right, yet no item is in its position.
    expect(credit(q, s(['i4', 'i1', 'i2', 'i3']))).toBe(0);
    expect(credit(q, s(['i4', 'i2', 'i3', 'i1']))).toBe(0.5);
  });
});

describe('likert and reflection', () => {
  it('are never scored', () => {
    const likert: Question = { id: 'l', type: 'likert', prompt: 'p', scale: [{ id: '1', text: 'one', feedback: 'Thanks' }] };
    const reflection: Question = { id: 'r', type: 'reflection', prompt: 'p' };
    expect(judge(likert, { type: 'likert', choice: '1' })).toEqual({ correct: null, credit: null, score: null });
    expect(judge(reflection, { type: 'reflection', text: 'x' })).toEqual({ correct: null, credit: null, score: null });
    expect([isScored(likert), isScored(reflection), isScored(single)]).toEqual([false, false, true]);
    expect(feedbackFor(likert, { type: 'likert', choice: '1' }, judge(likert, { type: 'likert', choice: '1' }))).toBe('Thanks');
  });
});

describe('correctResponse', () => {
  it('gives the full-credit response of every scored type, and null for likert and reflection', () => {
    for (const q of [single, multi('partial'), fillIn, { id: 'm', type: 'matching', prompt: 'p', pairs } as Question, { id: 's', type: 'sequencing', prompt: 'p', items } as Question, { id: 't', type: 'true-false', prompt: 'p', correct: true } as Question]) {
      expect(judge(q, correctResponse(q)!).credit).toBe(1);
    }
    expect(correctResponse(fillIn)).toEqual({ type: 'fill-in', text: 'KPK' });
    expect(correctResponse({ id: 'f', type: 'fill-in', prompt: 'p', accepted: [{ id: 'tiga puluh', en: 'thirty' }] }, 'en')).toEqual({ type: 'fill-in', text: 'thirty' });
    expect(correctResponse({ id: 'm', type: 'matching', prompt: 'p', pairs: pairs.slice(0, 2) })).toEqual({ type: 'matching', matches: { p1: 'p1', p2: 'p2' } });
    expect(correctResponse({ id: 'r', type: 'reflection', prompt: 'p' })).toBeNull();
  });
});

describe('feedbackFor', () => {
  it("prefers the chosen option's own feedback, then correct / partial / incorrect", () => {
    const fb = (q: Question, r: Parameters<typeof judge>[1]) => feedbackFor(q, r, judge(q, r));
    expect(fb(single, { type: 'single-choice', choice: 'a' })).toBe('About A');
    expect(fb(single, { type: 'single-choice', choice: 'b' })).toBe('Right');
    expect(fb(multi('partial'), { type: 'multiple-response', choices: ['a'] })).toBe('Some');
    expect(fb(multi('partial'), { type: 'multiple-response', choices: ['d'] })).toBe('None');
    expect(fb(multi('partial'), { type: 'multiple-response', choices: ['a', 'b', 'c'] })).toBe('All');
    const noPartial: Question = { ...multi('partial'), feedback: { incorrect: 'Try again' } } as Question;
    expect(fb(noPartial, { type: 'multiple-response', choices: ['a'] })).toBe('Try again');
    expect(fb(fillIn, { type: 'fill-in', text: 'KPK' })).toBeNull();
  });
});
