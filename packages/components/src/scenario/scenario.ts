import { CkScenario } from './scenario.component';

export { CkScenario };
export * from './scenario.events';

if (!customElements.get('ck-scenario')) customElements.define('ck-scenario', CkScenario);

declare global {
  interface HTMLElementTagNameMap {
    'ck-scenario': CkScenario;
  }
}
