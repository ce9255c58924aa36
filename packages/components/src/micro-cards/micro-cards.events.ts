/** detail of `ck-card-change`. */
export interface CardChangeDetail {
  /** Position of the card now shown, from 0. */
  index: number;
  /** The card's id (the author's, else `card-<n>`). */
  cardId: string;
  total: number;
}

/**
 * The learner moved to another card (swipe, arrow key, button or dot).
 *
 * @example
 * el.addEventListener('ck-card-change', (e) => console.log(e.detail.cardId));
 */
export class CkCardChangeEvent extends Event {
  constructor(readonly detail: CardChangeDetail) {
    super('ck-card-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-card-change': CkCardChangeEvent;
  }
}
