import { CODES } from './codes';
import type { Issue } from './diagnostic';
import { assessments } from './rules/assessments';
import { certificate } from './rules/certificate';
import { references } from './rules/references';
import { uniqueIds } from './rules/ids';
import { courseLanguages, hasExactly, languages } from './rules/languages';
import type { Rule } from './rules/rule';
import { mayHoldMarker, reviewMarkerText } from './rules/review-markers';
import { scenarioGraphs } from './rules/scenarios';
import { glossary } from './rules/glossary';
import { BLOCK_SCHEMAS } from '../block-types/registry';
import { QUESTION_SCHEMAS } from '../question-types/registry';
import { indexCourse, isRecord, type CourseIndex } from './walk';

/** The checks a JSON Schema cannot express, in the order their problems are reported. */
export const SEMANTIC_RULES: readonly Rule[] = [uniqueIds, references, ...QUESTION_SCHEMAS.flatMap((t) => t.rules ?? []), ...BLOCK_SCHEMAS.flatMap((t) => t.rules ?? []), scenarioGraphs, assessments, languages, reviewMarkerText, certificate, glossary];

/**
 * Runs every semantic rule. Rules read the course defensively, so they also run on a course that
 * breaks the schema and report what they can; a rule that throws anyway is a CourseKit bug, reported
 * as CK999 instead of stopping the others.
 *
 * @example semanticIssues(course).filter((i) => i.code === 'CK203')
 */
export function semanticIssues(course: unknown, index: CourseIndex = indexCourse(course)): Issue[] {
  if (!isRecord(course)) return [];
  const issues: Issue[] = [];
  const scenarios = course.scenarios;
  const context = {
    course,
    index,
    languages: courseLanguages(course),
    unresolvedScenarios: Array.isArray(scenarios) && scenarios.some((s) => isRecord(s) && '$include' in s),
    report: (issue: Issue) => issues.push(issue),
  };
  for (const rule of SEMANTIC_RULES) {
    try {
      rule.run(context);
    } catch (error) {
      issues.push({ code: CODES.internal, pointer: '', message: `the rule "${rule.name}" failed: ${(error as Error).message}`, hint: 'this is a bug in CourseKit; please report it with the course' });
    }
  }
  return issues;
}

/**
 * Which localised texts the rules could report: a text whose languages are not the course's, or one
 * that holds what looks like a note to authors. The walk that indexes a course for these rules
 * lists only those texts (IndexOptions.texts), and the rules find the same problems as with all.
 *
 * @example indexCourseCountingColons(course, coreSchema, { texts: textsToCheck(course) })
 */
export function textsToCheck(course: unknown): (text: unknown) => boolean {
  const declared = isRecord(course) ? courseLanguages(course) : [];
  return (text) => (isRecord(text) && declared.length > 0 && !hasExactly(text, declared)) || mayHoldMarker(text);
}
