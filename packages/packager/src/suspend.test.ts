import { describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import { checkSuspendData } from './suspend';

/** One page of `count` reflections of up to 4,000 characters each. */
function reflections(count: number): ResolvedCourse {
  return {
    schemaVersion: '1.0',
    id: 'journal',
    version: '1.0.0',
    title: 'Journal',
    languages: ['id'],
    defaultLanguage: 'id',
    modules: [{ id: 'm1', title: 'M1', pages: [{ id: 'p1', title: 'P1', blocks: Array.from({ length: count }, (_, i) => ({ type: 'question' as const, question: { id: `r${i}`, type: 'reflection' as const, prompt: 'Apa pendapat Anda?', maxLength: 4000 } })) }] }],
  };
}

describe('the suspend_data check for SCORM 2004', () => {
  it('refuses a state that can outgrow 2004\'s 64,000 characters, as 1.2\'s 4,096 is refused', () => {
    const { worst, problem } = checkSuspendData(reflections(20), 'scorm2004-4', 'course.json');
    expect(worst!.limit).toBe(64_000);
    expect(worst!.size).toBeGreaterThan(64_000);
    expect(problem).toMatchObject({ code: 'CK910', severity: 'error', file: 'course.json' });
    expect(problem!.message).toContain('SCORM 2004 4th Edition suspend_data holds 64,000, so it is');
  });

  it('passes the same course with a few reflections', () => {
    expect(checkSuspendData(reflections(3), 'scorm2004-4').problem).toBeNull();
  });
});
