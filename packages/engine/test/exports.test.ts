import { describe, expect, it } from 'vitest';
import * as engine from '@coursekit/engine';
import * as course from '@coursekit/engine/course';
import * as lazy from '@coursekit/engine/lazy';

describe('@coursekit/engine exports', () => {
  it('the engine, its error, localize, isoDuration, correctResponse, the question types, certificate numbers and the NIP check: what other packages and users call', () => {
    expect(Object.keys(engine).sort()).toEqual(['CourseEngine', 'EngineError', 'EngineErrorCode', 'certificateNumber', 'correctResponse', 'interactionType', 'isCertificateNumber', 'isoDuration', 'localize', 'nipProblem', 'normalizeNip', 'questionType']);
  });

  it('@coursekit/engine/lazy: the engine that takes its rules on demand, its base and the rules loader', () => {
    expect(Object.keys(lazy).sort()).toEqual(['EngineCore', 'LazyCourseEngine', 'loadEngineRules']);
  });

  it('@coursekit/engine/course: the helpers that read a course, the same functions as the main entry', () => {
    expect(Object.keys(course).sort()).toEqual(['interactionType', 'localize', 'questionType']);
    expect([course.localize, course.questionType, course.interactionType]).toEqual([engine.localize, engine.questionType, engine.interactionType]);
    expect(course.localize({ id: 'Halo', en: 'Hello' }, 'en', 'id')).toBe('Hello');
    expect(course.questionType('true-false').answer.kind).toBe('boolean');
  });
});
