import { define } from '../define';
import { CkFlipCards } from './flip-cards.component';

export { CkFlipCards };
export * from './flip-cards.events';

define('ck-flip-cards', CkFlipCards);

declare global {
  interface HTMLElementTagNameMap {
    'ck-flip-cards': CkFlipCards;
  }
}
