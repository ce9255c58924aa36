import type { Assessment, Question, QuestionBank, ResolvedCourse, Scenario, ScenarioNode } from '@coursekit/schema';
import type { PageRef } from './api';

/**
 * Every page of the course in reading order, with its module and position.
 *
 * @example
 * flattenPages(tour).map((p) => p.pageId);
 * // ['intro', 'explore', 'check-basics', 'more-checks', 'scenario-page', 'quiz-page', 'summary']
 */
export function flattenPages(course: ResolvedCourse): PageRef[] {
  const pages: PageRef[] = [];
  for (const module of course.modules) {
    for (const page of module.pages) pages.push({ moduleId: module.id, pageId: page.id, index: pages.length, page });
  }
  return pages;
}

/** Lookups the engine needs many times, built once per course. */
export interface CourseIndex {
  pages: PageRef[];
  pageById: Map<string, PageRef>;
  /** Knowledge checks (question blocks), by question id, with the page they are on. */
  checks: Map<string, { question: Question; page: PageRef }>;
  /** Every question in the course (checks, assessments, banks), by id. */
  questions: Map<string, Question>;
  assessments: Map<string, Assessment>;
  banks: QuestionBank[];
  scenarios: Map<string, { scenario: Scenario; nodes: Map<string, ScenarioNode> }>;
  /** The first page that places each assessment or scenario, by its id. */
  placedOn: Map<string, PageRef>;
}

const cache = new WeakMap<ResolvedCourse, CourseIndex>();

/**
 * Indexes a course: pages, questions, assessments, scenarios and where each is placed. Built
 * once per course object and kept while the object lives: a course is read, never changed,
 * once an engine plays it.
 *
 * @example
 * indexCourse(tour).checks.get('kc-single')?.page.pageId; // 'check-basics'
 */
export function indexCourse(course: ResolvedCourse): CourseIndex {
  const cached = cache.get(course);
  if (cached) return cached;
  const pages = flattenPages(course);
  const index: CourseIndex = {
    pages,
    pageById: new Map(pages.map((p) => [p.pageId, p])),
    checks: new Map(),
    questions: new Map(),
    assessments: new Map((course.assessments ?? []).map((a) => [a.id, a])),
    banks: course.questionBanks ?? [],
    scenarios: new Map((course.scenarios ?? []).map((s) => [s.id, { scenario: s, nodes: new Map(s.nodes.map((n) => [n.id, n])) }])),
    placedOn: new Map(),
  };
  for (const bank of course.questionBanks ?? []) for (const q of bank.questions) index.questions.set(q.id, q);
  for (const a of course.assessments ?? []) for (const q of a.questions ?? []) index.questions.set(q.id, q);
  for (const page of pages) {
    for (const block of page.page.blocks) {
      if (block.type === 'question') {
        index.checks.set(block.question.id, { question: block.question, page });
        index.questions.set(block.question.id, block.question);
      } else if (block.type === 'assessment' || block.type === 'scenario') {
        const id = block.type === 'assessment' ? block.assessment : block.scenario;
        if (!index.placedOn.has(id)) index.placedOn.set(id, page);
      }
    }
  }
  cache.set(course, index);
  return index;
}
