import { define } from '../define';
import { CkAccordion } from './accordion.component';

export { CkAccordion };
export * from './accordion.events';

define('ck-accordion', CkAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'ck-accordion': CkAccordion;
  }
}
