// dist/coursekit.js: the whole player for a plain page, one <script type="module">, Lit included.
// It defines every element and exports nothing: a page scripts the elements through their
// attributes, properties and `ck-*` events (`customElements.get('ck-scenario')` gives a class).
// Classes, event types and helpers are for npm users, through the package's entry points, where
// they tree-shake; leaving them out of this file keeps it under its size goal.
// First, only to place modules where they compress best (see gzip-order.ts); nothing is used from it.
import * as gzipOrder from './gzip-order';
import '../course-player/course-player';
