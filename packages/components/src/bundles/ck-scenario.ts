// dist/ck-scenario.js: the smallest page with one <ck-scenario>: the element, its engine and Lit.
// Like coursekit.js, it defines its element and exports nothing.
import '../scenario/scenario';
