import { define } from '../define';
import { CkTabs } from './tabs.component';

export { CkTabs };
export * from './tabs.events';

define('ck-tabs', CkTabs);

declare global {
  interface HTMLElementTagNameMap {
    'ck-tabs': CkTabs;
  }
}
