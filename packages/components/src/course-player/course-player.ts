import { CkCoursePlayer } from './course-player.component';
// The player renders every block element and the interaction elements: define them all.
import '../progress/progress';
import '../callout/callout';
import '../accordion/accordion';
import '../tabs/tabs';
import '../flip-cards/flip-cards';
import '../dialogue/dialogue';
import '../media/media';
import '../certificate/certificate';
import '../question/question';
import '../quiz/quiz';
import '../scenario/scenario';
import '../micro-cards/micro-cards';

export { CkCoursePlayer };
export type { EngineClass, Session, SessionOptions } from './session';
export { startSession, mergeLaunchData } from './session';

if (!customElements.get('ck-course-player')) customElements.define('ck-course-player', CkCoursePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'ck-course-player': CkCoursePlayer;
  }
}
