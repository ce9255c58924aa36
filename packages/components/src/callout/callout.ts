import { define } from '../define';
import { CkCallout } from './callout.component';

export { CkCallout };

define('ck-callout', CkCallout);

declare global {
  interface HTMLElementTagNameMap {
    'ck-callout': CkCallout;
  }
}
