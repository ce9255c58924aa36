import { describe, expect, it } from 'vitest';
import { referenceCourse } from '../test/fixtures/reference-course';
import { SUSPEND_DATA_LIMITS, worstCaseSize } from './size';

describe('worstCaseSize', () => {
  it('gives the limits of SCORM 1.2 (CMIString4096) and 2004 3rd/4th edition (SPM 64,000)', () => {
    expect(SUSPEND_DATA_LIMITS).toEqual({ scorm12: 4096, 'scorm2004-3rd': 64_000, 'scorm2004-4th': 64_000 });
  });

  it('sizes the reference course against SCORM 1.2 and 2004, with its assumptions', () => {
    const course = referenceCourse();
    expect(worstCaseSize(course, 'scorm12')).toEqual({
      target: 'scorm12',
      size: 13_096,
      limit: 4096,
      fits: false,
      assumptions: ['at most 999 attempts per assessment and runs per scenario', 'fill-in answers of at most 100 characters'],
    });
    expect(worstCaseSize(course, 'scorm2004-4th')).toMatchObject({ size: 13_096, limit: 64_000, fits: true });
  });

  it('fits SCORM 1.2 once fill-in answers are bounded tighter', () => {
    const worst = worstCaseSize(referenceCourse(), 'scorm12', { fillInLength: 20 });
    expect(worst).toMatchObject({ fits: true, limit: 4096 });
    expect(worst.size).toBe(3778);
  });

  it('grows with a reflection that has no maxLength', () => {
    const course = referenceCourse();
    const page = course.modules[0]!.pages[0]!;
    page.blocks.push({ type: 'question', question: { id: 'reflect', type: 'reflection', prompt: 'Why?' } });
    const worst = worstCaseSize(course, 'scorm12');
    expect(worst.fits).toBe(false);
    expect(worst.assumptions).toContain('reflections without maxLength of at most 2000 characters');
    // Layouts are memoised per course object: an edited course is a new object.
    const bounded = referenceCourse();
    bounded.modules[0]!.pages[0]!.blocks.push({ type: 'question', question: { id: 'reflect', type: 'reflection', prompt: 'Why?', maxLength: 100 } });
    expect(worstCaseSize(bounded, 'scorm12').assumptions).not.toContain('reflections without maxLength of at most 2000 characters');
    expect(worstCaseSize(bounded, 'scorm12').size - worstCaseSize(referenceCourse(), 'scorm12').size).toBe(403);
  });
});
