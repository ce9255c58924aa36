import { describe, expect, it } from 'vitest';
import * as engine from '@coursekit/engine';

describe('@coursekit/engine exports', () => {
  it('the engine, its error, localize, isoDuration and correctResponse: what other packages and users call', () => {
    expect(Object.keys(engine).sort()).toEqual(['CourseEngine', 'EngineError', 'EngineErrorCode', 'correctResponse', 'isoDuration', 'localize']);
  });
});
