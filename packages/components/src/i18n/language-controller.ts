import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import { documentLanguage } from './document-language';
import { pickLanguage, uiLanguage, type UiLanguage } from './languages';
import { stringsFor, type Translations } from './msg';
import { isLazy, loadedStrings, loadStrings, stringsReady, type LazyTranslations } from './lazy';

/** What the controller reads from its element. */
export type LanguageHost = ReactiveControllerHost & HTMLElement & { engine?: CourseEngineApi | undefined };

/**
 * Gives an element its language: the course's (the engine's current language) first, then the
 * element's `lang` attribute, then the page-wide choice ({@link setDocumentLanguage}), then
 * Indonesian. Re-renders the element when the page-wide choice changes, so strings switch in
 * place without losing state. (Engine language changes re-render through EngineController.)
 *
 * UI strings loaded on demand ({@link LazyTranslations}) must be there before the element
 * renders: the element passes its updates through {@link LanguageController.update}, which holds
 * each one until the strings of the language in force have arrived. So an element first renders
 * with its strings, and after a language change keeps showing the language it showed until the
 * new one is there.
 *
 * @example
 * private language = new LanguageController(this);
 * protected override scheduleUpdate() { return this.language.update(() => super.scheduleUpdate()); }
 * render() { const s = this.language.strings(blockStrings); return html`<button>${s.next}</button>`; }
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

  /** An area's strings in the language in force (while it loads, the language shown so far). */
  strings<T>(area: Translations<T> | LazyTranslations<T>): T {
    return isLazy<T>(area) ? loadedStrings(area, this.tag) : stringsFor(area, this.tag);
  }

  /**
   * Runs the element's update (`super.scheduleUpdate()`) at once when the UI strings of the
   * language in force are there, else once they have arrived. When they cannot be fetched, the
   * update runs in the language shown so far; when none has ever arrived, the element stays as
   * it is and the strings are fetched again every 5 s: it never shows a key or an empty label.
   * Each failure is logged (CK647).
   */
  update<R>(run: () => R): R | Promise<R> {
    return stringsReady(this.tag) ? run() : this.arrival().then(run);
  }

  private async arrival(): Promise<void> {
    for (;;) {
      try {
        return await loadStrings(this.tag);
      } catch (error) {
        console.warn(`[coursekit] CK647: ${(error as Error).message}`);
        if (stringsReady('id') || stringsReady('en')) return;
        await new Promise((resolve) => setTimeout(resolve, 5000));
      }
    }
  }
}
