import type { ResolvedCourse } from '@coursekit/schema';
import type { EngineOptions } from './api';
import type { EngineRules } from './rules';
import { EngineCore } from './core';

export { EngineCore } from './core';
export type { EngineRules } from './rules';

let loading: Promise<EngineRules> | null = null;

/**
 * The engine's rules (scenario and assessment runners, response validation and scoring) as a
 * module of their own, imported on first use: a bundler puts them in a chunk. A failed fetch
 * (offline, a missing chunk) is tried again by the next call.
 *
 * @example
 * engine.provide(await loadEngineRules());
 */
export function loadEngineRules(): Promise<EngineRules> {
  return (loading ??= import('./rules').then(
    (m) => m.engineRules,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

/**
 * The course engine that loads its rules on demand, for a player whose first page should not
 * wait for them: it starts loading them when created and takes them when they arrive (see
 * `EngineCore` for what works meanwhile). `whenReady()` resolves then; until it does, an answer
 * to a knowledge check is kept and scored on arrival, and the scenario and assessment calls throw
 * `CK645`. A failed load is tried again after 2, 4, 8… seconds (at most a minute apart).
 *
 * @example
 * const engine = new LazyCourseEngine(course, { snapshot });
 * engine.start();                      // course-resumed, page-viewed: the first page shows now
 * await engine.whenReady();            // the saved scenarios and attempts are back
 * engine.scenario('parcel').node.id;   // where the learner left it
 */
export class LazyCourseEngine extends EngineCore {
  constructor(course: ResolvedCourse, options: EngineOptions = {}) {
    super(course, options);
    this.fetchRules(2000);
  }

  private fetchRules(retryMs: number): void {
    loadEngineRules().then(
      (rules) => this.provide(rules),
      (error: unknown) => {
        console.error(`[coursekit engine] the engine's rules did not load; trying again in ${retryMs / 1000} s`, error);
        setTimeout(() => this.fetchRules(Math.min(retryMs * 2, 60_000)), retryMs);
      },
    );
  }
}
