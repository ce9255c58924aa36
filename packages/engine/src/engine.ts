import type { ResolvedCourse } from '@coursekit/schema';
import type { EngineOptions } from './api';
import { EngineCore } from './core';
import { engineRules } from './rules';

/**
 * The CourseKit course engine: navigation, progress, language, knowledge checks, assessments,
 * scenarios, completion, mastery, certificate and resume, as learning events. Pure TypeScript,
 * no DOM: it runs the same in the player, in Node and in tests. Every rule is in from the start;
 * a browser player that wants a smaller first load uses `LazyCourseEngine` (`@coursekit/engine/lazy`).
 *
 * Learner actions never throw: what is not allowed now returns `{ ok: false, reason, message }`.
 * Only programmer misuse throws an `EngineError` (an id or language the course does not have).
 *
 * @example
 * const engine = new CourseEngine(course, { seed: 7 });
 * engine.on((event) => console.log(event.type));
 * engine.start();                    // course-started, page-viewed
 * engine.answer('kc-true-false', { type: 'true-false', value: true }); // question-answered
 * engine.next();                     // page-viewed
 * const saved = engine.snapshot();   // plain JSON
 * const resumed = new CourseEngine(course, { snapshot: saved }); // same page, answers, attempts, scenarios
 */
export class CourseEngine extends EngineCore {
  constructor(course: ResolvedCourse, options: EngineOptions = {}) {
    super(course, options, engineRules);
  }
}
