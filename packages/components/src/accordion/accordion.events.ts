/** detail of `ck-toggle`. */
export interface CkToggleDetail {
  /** The section, from 0. */
  index: number;
  /** Whether it is open now. */
  open: boolean;
}

/**
 * The learner opened or closed a section of an accordion.
 *
 * @example
 * accordion.addEventListener('ck-toggle', (e) => console.log(e.detail.index, e.detail.open));
 */
export class CkToggleEvent extends Event {
  constructor(readonly detail: CkToggleDetail) {
    super('ck-toggle', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-toggle': CkToggleEvent;
  }
}
