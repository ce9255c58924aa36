import type { ResultScore as TheirScore, Statement as TheirStatement } from '@xapi/xapi';
import { describe, expectTypeOf, it } from 'vitest';
import type { Score, Statement } from '../src/statements/types';

/**
 * The one place where @xapi/xapi's types are stricter than xAPI 1.0.3: its ResultScore requires
 * `scaled` (xAPI 2.4.5.1: `scaled` is recommended, not required; a SCORM-style raw score may come
 * alone). `Relaxed` swaps exactly that type for the specification's and leaves the rest of
 * @xapi/xapi's Statement as it is.
 */
type Relaxed<T> = T extends TheirScore ? Score : T extends (infer U)[] ? Relaxed<U>[] : T extends object ? { [K in keyof T]: Relaxed<T[K]> } : T;

describe("CourseKit's statements and @xapi/xapi's types", () => {
  it("are assignable to @xapi/xapi's Statement once its score follows xAPI 1.0.3", () => {
    expectTypeOf<Statement>().toExtend<Relaxed<TheirStatement>>();
  });

  it('differ in the score alone', () => {
    expectTypeOf<Score>().not.toExtend<TheirScore>();
    expectTypeOf<Statement>().not.toExtend<TheirStatement>();
  });
});
