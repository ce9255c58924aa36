import { BLOCK_ELEMENTS } from './block-elements';
import { QUESTION_ELEMENTS } from './question-elements';

// Elements defined the first time a page (or a shadow root) shows them. The package players and
// dist/coursekit.js define only what every page needs up front; each other element is a chunk of
// its own, fetched by a URL relative to the script that imports it (so from the package or the
// bundle's own folder, never a CDN). Lit keeps properties set on an element before it is defined
// and applies them when it upgrades, so a page renders the same whichever came first.

/** How each element a course page may render is loaded; `<ck-quiz>` renders `<ck-question>` in its own shadow root. */
export const ELEMENT_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'ck-accordion': () => import('../accordion/accordion'),
  'ck-callout': () => import('../callout/callout'),
  'ck-certificate': () => import('../certificate/certificate'),
  'ck-flip-cards': () => import('../flip-cards/flip-cards'),
  'ck-media': () => import('../media/media'),
  'ck-micro-cards': () => import('../micro-cards/micro-cards'),
  'ck-question': () => import('../question/question'),
  'ck-quiz': () => Promise.all([import('../quiz/quiz'), import('../question/question')]),
  'ck-scenario': () => import('../scenario/scenario'),
  'ck-tabs': () => import('../tabs/tabs'),
  // The elements of question types with their own input, should a page show one by itself.
  ...Object.fromEntries(Object.values(QUESTION_ELEMENTS).map((e) => [e.tag, e.load])),
  // The elements of block types registered with their own folder.
  ...Object.fromEntries(Object.values(BLOCK_ELEMENTS).map((e) => [e.tag, e.load])),
};

const pending = new Map<string, Promise<unknown>>();

/**
 * Loads the definition of every element in `root` (itself included) that is not defined yet and
 * has a loader. A failed load (the network gone) is logged and tried again the next time.
 *
 * @example
 * loadUndefined(this.renderRoot); // after each render of an element that shows blocks
 */
export function loadUndefined(root: ParentNode, loaders: Readonly<Record<string, () => Promise<unknown>>> = ELEMENT_LOADERS): void {
  const found = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !root.matches(':defined')) found.push(root);
  for (const el of found) {
    const tag = el.localName;
    const load = loaders[tag];
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
