import { describe, expect, it } from 'vitest';
import { correctResponse, judge } from '../src/questions/score';
import { responseProblem } from '../src/questions/validate';
import { deskQuestion } from '../../../test/fixtures/hotspot-desk';

// The shared question with weight 2, so the score shows the weight.
const desk = { ...deskQuestion, weight: 2 };

describe('hotspot questions', () => {
  it('earn full credit only for exactly the correct areas, in any order', () => {
    expect(judge(desk, { type: 'hotspot', areas: ['envelope', 'parcel'] })).toEqual({ correct: true, credit: 1, score: { raw: 2, min: 0, max: 2, scaled: 1 } });
    expect(judge(desk, { type: 'hotspot', areas: ['parcel'] }).credit).toBe(0);
    expect(judge(desk, { type: 'hotspot', areas: ['parcel', 'envelope', 'folder'] }).credit).toBe(0);
    expect(judge(desk, { type: 'multiple-response', choices: ['parcel', 'envelope'] }).credit).toBe(0);
  });

  it('give the correct areas as the correct response', () => {
    expect(correctResponse(desk)).toEqual({ type: 'hotspot', areas: ['parcel', 'envelope'] });
  });

  it('refuse a response naming an area the image does not have, or one twice', () => {
    expect(responseProblem(desk, { type: 'hotspot', areas: ['parcel', 'desk'] })).toBe('question "kc-desk" has no area "desk"');
    expect(responseProblem(desk, { type: 'hotspot', areas: ['parcel', 'parcel'] })).toBe('question "kc-desk": an area is given twice');
    expect(responseProblem(desk, { type: 'hotspot', areas: [] })).toBeNull();
  });
});
