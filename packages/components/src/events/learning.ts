import type { LearningEvent } from '@coursekit/engine';

/**
 * A learning event of the engine (page viewed, question answered, course scored …), re-emitted
 * by the player as a DOM event so a host page can follow along without a tracker.
 *
 * @example
 * player.addEventListener('ck-learning', (e) => { if (e.detail.type === 'course-scored') console.log(e.detail.score.scaled); });
 */
export class CkLearningEvent extends Event {
  constructor(readonly detail: LearningEvent) {
    super('ck-learning', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-learning': CkLearningEvent;
  }
}
