// The elements of a package's player. Only what every first page shows is defined up front: the
// player and its progress bar. Every other element is a chunk of its own, fetched (by a URL
// relative to this script, so from the package itself) the first time the player renders it, so
// a page of text never downloads the quiz, the scenario or the certificate. Lit keeps properties
// set on an element before it is defined and applies them when it upgrades.
import { define } from '../define';
import { CkCoursePlayer } from '../course-player/course-player.component';
import { CkProgress } from '../progress/progress.component';

/** How each element the player may render is loaded; `<ck-quiz>` renders `<ck-question>` in its own shadow root. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'ck-accordion': () => import('../accordion/accordion'),
  'ck-callout': () => import('../callout/callout'),
  'ck-certificate': () => import('../certificate/certificate'),
  'ck-dialogue': () => import('../dialogue/dialogue'),
  'ck-flip-cards': () => import('../flip-cards/flip-cards'),
  'ck-media': () => import('../media/media'),
  'ck-micro-cards': () => import('../micro-cards/micro-cards'),
  'ck-question': () => import('../question/question'),
  'ck-quiz': () => Promise.all([import('../quiz/quiz'), import('../question/question')]),
  'ck-scenario': () => import('../scenario/scenario'),
  'ck-tabs': () => import('../tabs/tabs'),
};

const pending = new Map<string, Promise<unknown>>();

/**
 * Loads the definition of every element in `root` that is not defined yet. A failed load (the
 * network gone) is logged and tried again at the next render.
 */
function loadUndefined(root: ParentNode): void {
  for (const el of root.querySelectorAll(':not(:defined)')) {
    const tag = el.localName;
    const load = LOADERS[tag];
    if (!load || pending.has(tag)) continue;
    pending.set(
      tag,
      load().catch((error: unknown) => {
        pending.delete(tag);
        console.warn(`[coursekit] ${tag} could not be loaded:`, error);
      }),
    );
  }
}

/** `<ck-course-player>` as the packages run it: after each render, the elements the page shows are loaded. */
export class CkPackagePlayer extends CkCoursePlayer {
  protected override updated(): void {
    super.updated();
    loadUndefined(this.renderRoot);
  }
}

define('ck-course-player', CkPackagePlayer);
define('ck-progress', CkProgress);
