import { CkQuestion } from './question.component';

export { CkQuestion };
export * from '../events/answer';

if (!customElements.get('ck-question')) customElements.define('ck-question', CkQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'ck-question': CkQuestion;
  }
}
