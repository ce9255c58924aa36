import { describe, expect, it } from 'vitest';
import type { Question } from '@coursekit/schema';
import { correctPatterns, studentResponse } from './interactions';
import { clockTime, timespan } from './time';

const many: Question = {
  id: 'many',
  type: 'multiple-response',
  prompt: 'Pick',
  choices: Array.from({ length: 40 }, (_, i) => ({ id: `c${i + 1}`, text: String(i + 1) })),
  correct: ['c1', 'c27'],
};

describe('SCORM 1.2 response formats', () => {
  it('letters options a–z then 0–9, by position', () => {
    expect(studentResponse(many, { type: 'multiple-response', choices: ['c1', 'c26', 'c27', 'c36'] })).toBe('a,z,0,9');
    expect(correctPatterns(many, 'id', 'id')).toEqual(['a,0']);
  });

  it('has no form for an option past the 36th (documented fallback: the response is left out)', () => {
    expect(studentResponse(many, { type: 'multiple-response', choices: ['c37'] })).toBeNull();
  });

  it('cuts free text to 255 characters', () => {
    const reflection: Question = { id: 'r', type: 'reflection', prompt: 'Why?' };
    expect(studentResponse(reflection, { type: 'reflection', text: 'x'.repeat(256) })).toBe(`${'x'.repeat(254)}…`);
    expect(studentResponse(reflection, { type: 'reflection', text: 'x'.repeat(255) })).toBe('x'.repeat(255));
  });
});

describe('SCORM 1.2 times', () => {
  it('writes CMITimespan with hundredths and at most 9999 hours', () => {
    expect(timespan(0)).toBe('00:00:00.00');
    expect(timespan(3_723_450)).toBe('01:02:03.45');
    expect(timespan(36_000_000_000)).toBe('9999:59:59.99');
  });

  it('writes CMITime in UTC', () => {
    expect(clockTime(Date.UTC(2026, 10, 24, 23, 59, 59, 999))).toBe('23:59:59');
  });
});
