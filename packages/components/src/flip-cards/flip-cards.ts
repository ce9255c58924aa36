import { CkFlipCards } from './flip-cards.component';

export { CkFlipCards };
export * from './flip-cards.events';

if (!customElements.get('ck-flip-cards')) customElements.define('ck-flip-cards', CkFlipCards);

declare global {
  interface HTMLElementTagNameMap {
    'ck-flip-cards': CkFlipCards;
  }
}
