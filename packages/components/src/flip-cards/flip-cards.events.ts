/** detail of `ck-flip`. */
export interface CkFlipDetail {
  /** The card, from 0. */
  index: number;
  /** True when its back shows now. */
  flipped: boolean;
}

/**
 * The learner turned a flip card over (or back).
 *
 * @example
 * cards.addEventListener('ck-flip', (e) => console.log(e.detail.index, e.detail.flipped));
 */
export class CkFlipEvent extends Event {
  constructor(readonly detail: CkFlipDetail) {
    super('ck-flip', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-flip': CkFlipEvent;
  }
}
