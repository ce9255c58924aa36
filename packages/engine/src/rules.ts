import type { EngineContext } from './context';
import { AssessmentRunner } from './assessment/runner';
import { feedbackFor } from './questions/feedback';
import { judge } from './questions/score';
import { responseProblem } from './questions/validate';
import { ScenarioRunner } from './scenario/runner';

/** The rules of questions: response validation, scoring and feedback, and the assessments. */
export interface QuestionRules {
  assessments(ctx: EngineContext): AssessmentRunner;
  responseProblem: typeof responseProblem;
  judge: typeof judge;
  feedbackFor: typeof feedbackFor;
}

/**
 * The engine's rules that a first page can do without: the scenario runner and the rules of
 * questions. `CourseEngine` takes them at once; `LazyCourseEngine` loads this module on demand (a
 * chunk of its own in a bundle). `questions: null` makes an engine that plays scenarios only (the
 * one-file `ck-scenario.js`): it keeps a snapshot's answers and attempts as saved.
 */
export interface EngineRules {
  scenarios(ctx: EngineContext): ScenarioRunner;
  questions: QuestionRules | null;
}

/**
 * Every rule, as the engine takes them.
 *
 * @example
 * new EngineCore(course, {}, engineRules); // what CourseEngine does
 */
export const engineRules: EngineRules = {
  scenarios: (ctx) => new ScenarioRunner(ctx),
  questions: { assessments: (ctx) => new AssessmentRunner(ctx), responseProblem, judge, feedbackFor },
};
