import { describe, expect, it } from 'vitest';
import { isoDuration } from './duration';

describe('isoDuration', () => {
  it('writes hours, minutes and seconds to the hundredth, leaving out zero parts', () => {
    expect([0, 754_000, 3_723_450, 3_500, 7_200_000, 90_061_000, 1_005].map(isoDuration)).toEqual(['PT0S', 'PT12M34S', 'PT1H2M3.45S', 'PT3.5S', 'PT2H', 'PT25H1M1S', 'PT1.01S']);
  });

  it('counts negative and non-finite milliseconds as none', () => {
    expect([-5, Number.NaN, Number.POSITIVE_INFINITY].map(isoDuration)).toEqual(['PT0S', 'PT0S', 'PT0S']);
  });
});
