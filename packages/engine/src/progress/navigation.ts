import type { PageRef } from '../api';

/** What a page's completeness depends on. */
export interface PageInputs {
  viewed(pageId: string): boolean;
  answered(questionId: string): boolean;
  submittedOnce(assessmentId: string): boolean;
  scenarioEnded(scenarioId: string): boolean;
}

/**
 * A page is complete when it has been viewed and everything on it that asks for the learner is
 * done: every knowledge check answered (any answer, right or wrong), every assessment submitted
 * at least once (passed or not), every scenario ended at least once.
 *
 * @example
 * pageComplete(checkBasics, inputs); // false until all four checks on it are answered
 */
export function pageComplete(page: PageRef, input: PageInputs): boolean {
  if (!input.viewed(page.pageId)) return false;
  return page.page.blocks.every((b) => {
    if (b.type === 'question') return input.answered(b.question.id);
    if (b.type === 'assessment') return input.submittedOnce(b.assessment);
    if (b.type === 'scenario') return input.scenarioEnded(b.scenario);
    return true;
  });
}

/**
 * Why the learner may not go to `target` now, or null when they may. A page already viewed is
 * always open again.
 * - free: every page is open.
 * - linear: pages open in order, one step forward at a time; back is always open.
 * - locked: a page opens once every page before it is complete (see pageComplete).
 *
 * @example
 * canVisit('linear', pages, intro, quizPage, viewed, complete);
 * // 'page "quiz-page" is 5 pages ahead; in a linear course pages open one at a time'
 */
export function canVisit(
  mode: 'linear' | 'free' | 'locked',
  pages: readonly PageRef[],
  current: PageRef,
  target: PageRef,
  viewed: (page: PageRef) => boolean,
  complete: (page: PageRef) => boolean,
): string | null {
  if (mode === 'free' || target.index === current.index || viewed(target)) return null;
  if (mode === 'linear') {
    if (target.index <= current.index + 1) return null;
    const ahead = target.index - current.index;
    return `page "${target.pageId}" is ${ahead} pages ahead; in a linear course pages open one at a time`;
  }
  const blocking = pages.slice(0, target.index).find((p) => !complete(p));
  return blocking ? `page "${target.pageId}" opens once page "${blocking.pageId}" is complete` : null;
}
