import { describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import { checkInteractionPayload, worstCaseInteractionBytes } from './interactions';

/** One assessment of `count` single-choice questions with 100-character prompts (the 320-interaction course). */
function course(count: number, attempts?: number): ResolvedCourse {
  const questions = Array.from({ length: count }, (_, i) => ({
    id: `pertanyaan-${i + 1}`,
    type: 'single-choice' as const,
    prompt: { id: 'P'.repeat(100), en: 'Q'.repeat(100) },
    choices: [{ id: 'terima', text: 'Terima' }, { id: 'tolak', text: 'Tolak' }],
    correct: 'tolak',
  }));
  return {
    schemaVersion: '1.0',
    id: 'big',
    version: '1.0.0',
    title: 'Big',
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    modules: [{ id: 'm1', title: 'M1', pages: [{ id: 'quiz', title: 'Quiz', blocks: [{ type: 'assessment', assessment: 'final' }] }] }],
    assessments: [{ id: 'final', title: 'Final', passingScore: 80, ...(attempts ? { attempts } : {}), questions }],
  };
}

describe('the worst-case interaction payload check', () => {
  it('warns (CK911) for a 320-interaction SCORM 2004 course, with the numbers', () => {
    const { bytes, records } = worstCaseInteractionBytes(course(320), 'scorm2004-4');
    expect(records).toBe(320);
    expect(bytes).toBeGreaterThan(64 * 1024);
    const problem = checkInteractionPayload(course(320), 'scorm2004-4', 'course.json');
    expect(problem).toMatchObject({ code: 'CK911', severity: 'warning', file: 'course.json' });
    expect(problem!.message).toBe(
      `the interactions of this course can take ${bytes.toLocaleString('en-US')} bytes in the LMS's save (320 records at their longest); a browser sends at most 65,536 bytes as a page closes, so an LMS that saves the last Finish/Terminate that way can lose it`,
    );
  });

  it('counts SCORM 1.2 records per attempt (it journals), and says nothing for a course that fits or a target without SCORM', () => {
    expect(worstCaseInteractionBytes(course(100, 2), 'scorm12').records).toBe(200);
    expect(worstCaseInteractionBytes(course(100), 'scorm12').records).toBe(300);
    expect(checkInteractionPayload(course(20), 'scorm2004-4')).toBeNull();
    expect(checkInteractionPayload(course(320), 'cmi5')).toBeNull();
  });
});
