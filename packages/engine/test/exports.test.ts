import { describe, expect, it } from 'vitest';
import * as engine from '@coursekit/engine';

describe('@coursekit/engine exports', () => {
  it('the engine and the helpers other packages use', () => {
    expect(Object.keys(engine).sort()).toEqual(
      [
        'CERTIFICATE_ALPHABET',
        'CourseEngine',
        'EngineError',
        'EngineErrorCode',
        'applyEffects',
        'attemptScore',
        'canVisit',
        'certificateId',
        'completionMet',
        'correctResponse',
        'createRng',
        'deriveSeed',
        'drawAttempt',
        'feedbackFor',
        'flattenPages',
        'holds',
        'indexCourse',
        'initialVariables',
        'isScored',
        'judge',
        'judgeCourse',
        'localize',
        'masteryAssessments',
        'normalizeAnswer',
        'pageComplete',
        'randomSeed',
        'reaches',
        'resolveNext',
        'responseProblem',
        'shuffled',
        'variants',
      ].sort(),
    );
  });
});
