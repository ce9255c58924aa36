import { define } from '../define';
import { CkMedia } from './media.component';

export { CkMedia };

define('ck-media', CkMedia);

declare global {
  interface HTMLElementTagNameMap {
    'ck-media': CkMedia;
  }
}
