import type { Score } from '@coursekit/engine';

/** detail of `ck-quiz-submit`. */
export interface QuizSubmitDetail {
  assessmentId: string;
  score: Score;
  passed: boolean;
  /** The attempt submitted, from 1. */
  attempt: number;
}

/**
 * The learner submitted an assessment attempt and the engine scored it.
 *
 * @example
 * el.addEventListener('ck-quiz-submit', (e) => console.log(e.detail.score.scaled, e.detail.passed));
 */
export class CkQuizSubmitEvent extends Event {
  constructor(readonly detail: QuizSubmitDetail) {
    super('ck-quiz-submit', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-quiz-submit': CkQuizSubmitEvent;
  }
}
