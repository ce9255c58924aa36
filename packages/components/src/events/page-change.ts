/** detail of `ck-page-change`. */
export interface CkPageChangeDetail {
  moduleId: string;
  pageId: string;
  /** Position among all pages, from 0. */
  index: number;
}

/**
 * The learner moved to another page (next, previous, or the outline). Cancelable: a host that
 * calls `preventDefault()` keeps the learner where they are.
 *
 * @example
 * player.addEventListener('ck-page-change', (e) => { if (!saved) e.preventDefault(); });
 */
export class CkPageChangeEvent extends Event {
  constructor(readonly detail: CkPageChangeDetail) {
    super('ck-page-change', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-page-change': CkPageChangeEvent;
  }
}
