import { define } from '../define';
import { CkDialogue } from './dialogue.component';

export { CkDialogue };

define('ck-dialogue', CkDialogue);

declare global {
  interface HTMLElementTagNameMap {
    'ck-dialogue': CkDialogue;
  }
}
