import { define } from '../define';
import { CkCoursePlayer } from './course-player.component';
import { CkProgress } from '../progress/progress.component';
import { CkCallout } from '../callout/callout.component';
import { CkAccordion } from '../accordion/accordion.component';
import { CkTabs } from '../tabs/tabs.component';
import { CkFlipCards } from '../flip-cards/flip-cards.component';
import { CkDialogue } from '../dialogue/dialogue.component';
import { CkMedia } from '../media/media.component';
import { CkCertificate } from '../certificate/certificate.component';
import { CkQuestion } from '../question/question.component';
import { CkQuiz } from '../quiz/quiz.component';
import { CkScenario } from '../scenario/scenario.component';
import { CkMicroCards } from '../micro-cards/micro-cards.component';
import { BLOCK_ELEMENTS } from '../internal/block-elements';

export { CkCoursePlayer };

// The player renders every block and interaction element. They are defined here from their
// classes (not by importing their own define modules), so each define call sits in an entry
// file of the build and package.json can mark exactly those files as having side effects.
define('ck-course-player', CkCoursePlayer);
define('ck-progress', CkProgress);
define('ck-callout', CkCallout);
define('ck-accordion', CkAccordion);
define('ck-tabs', CkTabs);
define('ck-flip-cards', CkFlipCards);
define('ck-dialogue', CkDialogue);
define('ck-media', CkMedia);
define('ck-certificate', CkCertificate);
define('ck-question', CkQuestion);
define('ck-quiz', CkQuiz);
define('ck-scenario', CkScenario);
define('ck-micro-cards', CkMicroCards);
// The elements of block types registered with a folder of their own are chunks, loaded here at once
// (the package players and coursekit.js load each the first time a page shows it).
for (const own of Object.values(BLOCK_ELEMENTS)) void own.load();

declare global {
  interface HTMLElementTagNameMap {
    'ck-course-player': CkCoursePlayer;
  }
}
