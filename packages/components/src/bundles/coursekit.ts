// dist/coursekit.js: the whole player for a plain page, one <script type="module">, Lit included.
// Defines every element and exports everything for scripting the page.
// First, only to place modules where they compress best (see gzip-order.ts); nothing is used from it.
import * as gzipOrder from './gzip-order';
import '../course-player/course-player';

export * from '../index';
