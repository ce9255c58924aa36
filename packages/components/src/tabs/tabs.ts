import { CkTabs } from './tabs.component';

export { CkTabs };
export * from './tabs.events';

if (!customElements.get('ck-tabs')) customElements.define('ck-tabs', CkTabs);

declare global {
  interface HTMLElementTagNameMap {
    'ck-tabs': CkTabs;
  }
}
