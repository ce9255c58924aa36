import { describe, expect, it } from 'vitest';
import * as engine from '@coursekit/engine';
import * as lazy from '@coursekit/engine/lazy';

describe('@coursekit/engine exports', () => {
  it('the engine, its error, localize, isoDuration, correctResponse, the question types, certificate numbers and the NIP check: what other packages and users call', () => {
    expect(Object.keys(engine).sort()).toEqual(['CourseEngine', 'EngineError', 'EngineErrorCode', 'certificateNumber', 'correctResponse', 'interactionType', 'isCertificateNumber', 'isoDuration', 'localize', 'nipProblem', 'normalizeNip', 'questionType']);
  });

  it('@coursekit/engine/lazy: the engine that takes its rules on demand, its base and the rules loader', () => {
    expect(Object.keys(lazy).sort()).toEqual(['EngineCore', 'LazyCourseEngine', 'loadEngineRules']);
  });
});
