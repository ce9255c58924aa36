import { CkProgress } from './progress.component';

export { CkProgress };

if (!customElements.get('ck-progress')) customElements.define('ck-progress', CkProgress);

declare global {
  interface HTMLElementTagNameMap {
    'ck-progress': CkProgress;
  }
}
