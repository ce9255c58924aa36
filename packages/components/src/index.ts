// Every class, event, controller and helper, without defining any element: importing this entry
// has no side effects. Define elements by importing their entry ('@coursekit/components/scenario',
// '@coursekit/components/course-player' for the player and everything it renders), or call
// `define('ck-scenario', CkScenario)` yourself.
export * from './i18n';
export * from './markdown';
export * from './styles';
export * from './events';
export * from './controllers';
export { define } from './define';

export { CkCoursePlayer } from './course-player/course-player.component';
export { fetchCourse, checkCourse, courseShapeProblem, type LoadProblem } from './course-player/load';
export { CkProgress } from './progress/progress.component';
export { CkCallout } from './callout/callout.component';
export { CkAccordion, type AccordionItem } from './accordion/accordion.component';
export * from './accordion/accordion.events';
export { CkTabs, type TabItem } from './tabs/tabs.component';
export * from './tabs/tabs.events';
export { CkFlipCards, type FlipCard } from './flip-cards/flip-cards.component';
export * from './flip-cards/flip-cards.events';
export { CkDialogue, type DialogueLine } from './dialogue/dialogue.component';
export { CkMedia, type MediaTrack } from './media/media.component';
export { CkCertificate } from './certificate/certificate.component';

export { CkScenario } from './scenario/scenario.component';
export * from './scenario/scenario.events';
export { CkQuestion } from './question/question.component';
export { CkHotspot } from './hotspot/hotspot.component';
export * from './events/answer';
export { CkQuiz } from './quiz/quiz.component';
export * from './quiz/quiz.events';
export { CkMicroCards } from './micro-cards/micro-cards.component';
export * from './micro-cards/micro-cards.events';
