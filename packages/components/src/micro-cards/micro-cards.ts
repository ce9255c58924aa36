import { CkMicroCards } from './micro-cards.component';

export { CkMicroCards };
export * from './micro-cards.events';

if (!customElements.get('ck-micro-cards')) customElements.define('ck-micro-cards', CkMicroCards);

declare global {
  interface HTMLElementTagNameMap {
    'ck-micro-cards': CkMicroCards;
  }
}
