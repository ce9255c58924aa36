import type { ResolvedCourse } from '@coursekit/schema';
import type { Score } from '../events';
import type { AssessmentSnapshot } from '../snapshot';

/** Floating-point slack when comparing a percentage with a passing score: 0.7 × 100 is 70.00000000000001. */
const EPSILON = 1e-9;

/**
 * Whether a scaled score (0..1) reaches a passing score in percent.
 *
 * @example
 * reaches(0.7, 70); // true
 */
export function reaches(scaled: number, passingScore: number): boolean {
  return scaled * 100 + EPSILON >= passingScore;
}

/** What the rules read from the engine. */
export interface RuleInputs {
  viewed: number;
  total: number;
  /** Some attempt of the assessment was submitted. */
  submittedOnce(assessmentId: string): boolean;
  /** The assessment's attempts are over (passed, or the last allowed attempt submitted). */
  settled(assessmentId: string): boolean;
  assessment(assessmentId: string): AssessmentSnapshot | undefined;
  /** Some run of the scenario reached an ending. */
  scenarioEnded(scenarioId: string): boolean;
}

/**
 * Whether the completion rules hold: at least `pagesViewed` percent of the pages viewed
 * (default 100), every listed assessment submitted at least once (passed or not), every listed
 * scenario ended at least once. Ids the course does not have are ignored.
 *
 * @example
 * completionMet(tour, { viewed: 7, total: 7, submittedOnce: () => true, scenarioEnded: () => true, … }); // true
 */
export function completionMet(course: ResolvedCourse, input: RuleInputs): boolean {
  const rules = course.completion ?? {};
  const percent = rules.pagesViewed ?? 100;
  // viewed / total ≥ percent / 100, in integers so 2 of 3 pages meets 66 but not 67.
  if (input.viewed * 100 < percent * input.total) return false;
  const assessments = new Set((course.assessments ?? []).map((a) => a.id));
  const scenarios = new Set((course.scenarios ?? []).map((s) => s.id));
  return (rules.assessments ?? []).every((id) => !assessments.has(id) || input.submittedOnce(id)) && (rules.scenarios ?? []).every((id) => !scenarios.has(id) || input.scenarioEnded(id));
}

/**
 * The assessments that make the course score, with their weights: `mastery.assessments`, or
 * every assessment weighted 1. Ids the course does not have are left out.
 *
 * @example
 * masteryAssessments(tour); // [{ assessment: 'final-quiz', weight: 1 }]
 */
export function masteryAssessments(course: ResolvedCourse): Array<{ assessment: string; weight: number }> {
  const known = new Set((course.assessments ?? []).map((a) => a.id));
  const listed = course.mastery?.assessments ?? [...known];
  return listed.map((a) => (typeof a === 'string' ? { assessment: a, weight: 1 } : a)).filter((a) => known.has(a.assessment));
}

/**
 * The course score and verdict once every mastery assessment is settled, else null. The score is
 * the weighted mean of each assessment's best scaled score, as a percentage (raw = scaled × 100,
 * max 100). Passed when it reaches `passingScore` and, with `requireEachPassed`, every listed
 * assessment was passed on some attempt.
 *
 * @example
 * // weights 2 and 1, best scores 0.9 and 0.6: (2 × 0.9 + 1 × 0.6) / 3 = 0.8
 * judgeCourse(course, input, 70); // { score: { raw: 80, min: 0, max: 100, scaled: 0.8 }, passed: true }
 */
export function judgeCourse(course: ResolvedCourse, input: RuleInputs, passingScore: number): { score: Score; passed: boolean } | null {
  const listed = masteryAssessments(course);
  if (listed.length === 0 || !listed.every((a) => input.settled(a.assessment))) return null;
  const weight = listed.reduce((sum, a) => sum + a.weight, 0);
  const scaled = weight > 0 ? listed.reduce((sum, a) => sum + a.weight * (input.assessment(a.assessment)?.best ?? 0), 0) / weight : 0;
  const eachPassed = listed.every((a) => input.assessment(a.assessment)?.passed === true);
  return { score: { raw: scaled * 100, min: 0, max: 100, scaled }, passed: reaches(scaled, passingScore) && (course.mastery?.requireEachPassed !== true || eachPassed) };
}
