import { CkLanguageChangeEvent } from '../events/language-change';

/** The attribute on `<html>` that carries the page-wide UI language choice. */
export const documentLanguageAttribute = 'data-ck-lang';

/**
 * The page-wide UI language chosen with {@link setDocumentLanguage}, or null. Kept on `<html>`
 * (not in a module variable) so elements from two bundles on one page agree.
 *
 * @example
 * documentLanguage(); // 'en' after setDocumentLanguage('en')
 */
export function documentLanguage(): string | null {
  return typeof document === 'undefined' ? null : document.documentElement.getAttribute(documentLanguageAttribute);
}

/**
 * Switches every CourseKit element on the page that has no language of its own (no engine, no
 * `lang` attribute) to `lang`, at run time, keeping each element's state: they re-render in place.
 * The player calls it when the learner picks a language; a host page may call it too.
 *
 * The `ck-language-change` event is dispatched on `from` (default `document`); it bubbles and is
 * composed, so an element passing itself still reaches every listener on `document`.
 *
 * @example
 * setDocumentLanguage('en');
 */
export function setDocumentLanguage(lang: string, from: EventTarget = document): void {
  if (typeof document === 'undefined') return;
  document.documentElement.setAttribute(documentLanguageAttribute, lang);
  from.dispatchEvent(new CkLanguageChangeEvent({ language: lang }));
}
