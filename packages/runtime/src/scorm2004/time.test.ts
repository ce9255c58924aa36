import { describe, expect, it } from 'vitest';
import { timestamp } from './time';
import { langString } from './interactions';

describe('SCORM 2004 formats', () => {
  it('writes timestamps in UTC to the hundredth', () => {
    expect(timestamp(Date.UTC(2026, 10, 24, 9, 5, 7, 259))).toBe('2026-11-24T09:05:07.25Z');
  });

  it('writes localized strings with their language, cut to the limit, delimiters defused', () => {
    expect(langString('id', 'Tolak [,] lapor', 250)).toBe('{lang=id}Tolak [ ,] lapor');
    expect(langString('en', 'y'.repeat(251), 250)).toBe(`{lang=en}${'y'.repeat(249)}…`);
  });
});
