/** Stable codes of engine errors; each has an entry in docs/errors.md. */
export const EngineErrorCode = {
  /** An id (page, question, assessment, scenario, choice) that is not in the course. */
  unknownId: 'CK350',
  /** A language the course is not written in. */
  unknownLanguage: 'CK351',
  /** A course with no page to show (a hand-made course object that skipped validation). */
  noPages: 'CK352',
  /** A scenario or assessment call to an engine whose rules have not arrived yet (`LazyCourseEngine`). */
  notReady: 'CK645',
  /** A question or assessment call to an engine that plays scenarios only (`ck-scenario.js`). */
  noQuestions: 'CK646',
} as const;

export type EngineErrorCode = (typeof EngineErrorCode)[keyof typeof EngineErrorCode];

/**
 * Programmer misuse of the engine: a course with no pages, an id or language that is not in the
 * course, a scenario or assessment call before the rules arrived. Learner actions
 * never throw; they return a `Refusal`.
 *
 * @example
 * try { engine.goTo('no-such-page'); } catch (e) { if (e instanceof EngineError) console.log(e.code); } // CK350
 */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(`${code} ${message}`);
  }
}
