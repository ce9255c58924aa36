// dist/coursekit.js: the whole player for a plain page, one <script type="module">, Lit included.
// Defines every element and exports everything for scripting the page.
import '../course-player/course-player';

export * from '../index';
