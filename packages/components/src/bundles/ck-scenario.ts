// dist/ck-scenario.js: the smallest page with one <ck-scenario>: the element, its engine and Lit.
import '../scenario/scenario';

export { CkScenario } from '../scenario/scenario.component';
