import { define } from '../define';
import { CkHotspot } from './hotspot.component';

export { CkHotspot };

define('ck-hotspot', CkHotspot);

declare global {
  interface HTMLElementTagNameMap {
    'ck-hotspot': CkHotspot;
  }
}
