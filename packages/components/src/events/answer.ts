import type { Response, Score } from '@coursekit/engine';

/** detail of `ck-answer`. */
export interface AnswerDetail {
  questionId: string;
  response: Response;
  /** null for unscored types (likert, reflection). */
  correct: boolean | null;
  score: Score | null;
}

/**
 * The learner submitted an answer and the engine accepted it.
 *
 * @example
 * el.addEventListener('ck-answer', (e) => console.log(e.detail.questionId, e.detail.correct));
 */
export class CkAnswerEvent extends Event {
  constructor(readonly detail: AnswerDetail) {
    super('ck-answer', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-answer': CkAnswerEvent;
  }
}
