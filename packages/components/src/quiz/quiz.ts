import { CkQuiz } from './quiz.component';

export { CkQuiz };
export * from './quiz.events';

if (!customElements.get('ck-quiz')) customElements.define('ck-quiz', CkQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ck-quiz': CkQuiz;
  }
}
