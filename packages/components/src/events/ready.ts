/** detail of `ck-ready`. */
export interface CkReadyDetail {
  courseId: string;
  /** True when a tracker's saved state was restored. */
  resumed: boolean;
  /** The language the course opened in. */
  language: string;
}

/**
 * The course is loaded, the trackers have launched and the engine has started: the learner sees
 * the first (or resumed) page.
 *
 * @example
 * player.addEventListener('ck-ready', (e) => console.log(e.detail.resumed ? 'welcome back' : 'welcome'));
 */
export class CkReadyEvent extends Event {
  constructor(readonly detail: CkReadyDetail) {
    super('ck-ready', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-ready': CkReadyEvent;
  }
}
