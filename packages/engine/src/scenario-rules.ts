import type { EngineRules } from './rules';
import { ScenarioRunner } from './scenario/runner';

/**
 * The rules of an engine that plays scenarios only: the scenario runner, no rules of questions.
 * A page whose one element is `<ck-scenario>` needs no more; its engine keeps a snapshot's answers
 * and attempts as saved, and its question and assessment calls throw `CK646`. The one-file
 * `ck-scenario.js` is built with these in place of every rule (`scripts/bundles.mjs`).
 *
 * @example
 * new EngineCore(course, {}, scenarioRules);
 */
export const scenarioRules: EngineRules = {
  scenarios: (ctx) => new ScenarioRunner(ctx),
  questions: null,
};
