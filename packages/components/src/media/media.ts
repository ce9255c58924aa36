import { CkMedia } from './media.component';

export { CkMedia };

if (!customElements.get('ck-media')) customElements.define('ck-media', CkMedia);

declare global {
  interface HTMLElementTagNameMap {
    'ck-media': CkMedia;
  }
}
