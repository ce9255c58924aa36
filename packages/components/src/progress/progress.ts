import { define } from '../define';
import { CkProgress } from './progress.component';

export { CkProgress };

define('ck-progress', CkProgress);

declare global {
  interface HTMLElementTagNameMap {
    'ck-progress': CkProgress;
  }
}
