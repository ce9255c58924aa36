import { describe, expect, it } from 'vitest';
import { duration, timestamp } from './time';
import { langString } from './interactions';

describe('SCORM 2004 formats', () => {
  it('writes timeinterval as ISO 8601 durations', () => {
    expect(duration(0)).toBe('PT0S');
    expect(duration(754_000)).toBe('PT12M34S');
    expect(duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(duration(7_200_000)).toBe('PT2H');
    expect(duration(90_061_000)).toBe('PT25H1M1S');
  });

  it('writes timestamps in UTC to the hundredth', () => {
    expect(timestamp(Date.UTC(2026, 10, 24, 9, 5, 7, 259))).toBe('2026-11-24T09:05:07.25Z');
  });

  it('writes localized strings with their language, cut to the limit, delimiters defused', () => {
    expect(langString('id', 'Tolak [,] lapor', 250)).toBe('{lang=id}Tolak [ ,] lapor');
    expect(langString('en', 'y'.repeat(251), 250)).toBe(`{lang=en}${'y'.repeat(249)}…`);
  });
});
