// dist/coursekit.js: every element for a plain page, one <script type="module">, Lit included.
// It defines each element the first time the page shows it: the page's ck-* elements when the
// script runs, and any added later (a MutationObserver on the document). Each element is a chunk
// beside this file (dist/coursekit/), fetched by a relative URL, so a page with one scenario
// never downloads the player, and the player loads its quiz, certificate or results page when it
// shows them. It exports nothing: a page scripts the elements through their attributes,
// properties and `ck-*` events (`await customElements.whenDefined('ck-scenario')` gives a class).
// Classes, event types and helpers are for npm users, through the package's entry points.
import { ELEMENT_LOADERS, loadUndefined } from '../internal/lazy-elements';

const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  ...ELEMENT_LOADERS,
  // The player as the packages run it: the elements a course page shows load when it shows them.
  'ck-course-player': () => import('../player/elements'),
  'ck-progress': () => import('../progress/progress'),
};

loadUndefined(document, LOADERS);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadUndefined(node, LOADERS);
}).observe(document, { childList: true, subtree: true });
