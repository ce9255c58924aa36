import { CkAccordion } from './accordion.component';

export { CkAccordion };
export * from './accordion.events';

if (!customElements.get('ck-accordion')) customElements.define('ck-accordion', CkAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'ck-accordion': CkAccordion;
  }
}
