import { CkCallout } from './callout.component';

export { CkCallout };

if (!customElements.get('ck-callout')) customElements.define('ck-callout', CkCallout);

declare global {
  interface HTMLElementTagNameMap {
    'ck-callout': CkCallout;
  }
}
