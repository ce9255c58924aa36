import { CkDialogue } from './dialogue.component';

export { CkDialogue };

if (!customElements.get('ck-dialogue')) customElements.define('ck-dialogue', CkDialogue);

declare global {
  interface HTMLElementTagNameMap {
    'ck-dialogue': CkDialogue;
  }
}
