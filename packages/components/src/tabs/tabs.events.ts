/** detail of `ck-tab-change`. */
export interface CkTabChangeDetail {
  /** The tab now shown, from 0. */
  index: number;
}

/**
 * The learner showed another tab (click, arrow key, Home or End).
 *
 * @example
 * tabs.addEventListener('ck-tab-change', (e) => console.log(e.detail.index));
 */
export class CkTabChangeEvent extends Event {
  constructor(readonly detail: CkTabChangeDetail) {
    super('ck-tab-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-tab-change': CkTabChangeEvent;
  }
}
