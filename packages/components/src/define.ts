/**
 * Defines a custom element unless the tag is taken (two bundles on one page, or a host that
 * defined its own): the first definition wins and nothing throws.
 *
 * @example
 * define('ck-progress', CkProgress);
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
