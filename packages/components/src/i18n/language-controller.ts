import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import { documentLanguage } from './document-language';
import { pickLanguage, uiLanguage, type UiLanguage } from './languages';
import { stringsFor, type Translations } from './msg';

/** What the controller reads from its element. */
export type LanguageHost = ReactiveControllerHost & HTMLElement & { engine?: CourseEngineApi | undefined };

/**
 * Gives an element its language: the course's (the engine's current language) first, then the
 * element's `lang` attribute, then the page-wide choice ({@link setDocumentLanguage}), then
 * Indonesian. Re-renders the element when the page-wide choice changes, so strings switch in
 * place without losing state. (Engine language changes re-render through EngineController.)
 *
 * @example
 * private language = new LanguageController(this);
 * render() { const s = this.language.strings(playerStrings); return html`<button>${s.next}</button>`; }
 */
export class LanguageController implements ReactiveController {
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('ck-language-change', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('ck-language-change', this.onChange);
  }

  /** The language tag in force, e.g. `id`, `en-GB`. */
  get tag(): string {
    return pickLanguage(this.host.engine?.language, this.host.lang, documentLanguage());
  }

  /** The UI language in force: `id` or `en`. */
  get ui(): UiLanguage {
    return uiLanguage(this.tag);
  }

  /** An area's strings in the language in force. */
  strings<T>(area: Translations<T>): T {
    return stringsFor(area, this.tag);
  }
}
