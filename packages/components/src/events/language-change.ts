/** detail of `ck-language-change`. */
export interface CkLanguageChangeDetail {
  /** The BCP 47 tag now in force, e.g. `en`. */
  language: string;
}

/**
 * The UI and course language changed: the learner picked another one in the player, or the page
 * called `setDocumentLanguage()` (then it is dispatched on `document`).
 *
 * @example
 * document.addEventListener('ck-language-change', (e) => console.log(e.detail.language));
 */
export class CkLanguageChangeEvent extends Event {
  constructor(readonly detail: CkLanguageChangeDetail) {
    super('ck-language-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-language-change': CkLanguageChangeEvent;
  }
  interface DocumentEventMap {
    'ck-language-change': CkLanguageChangeEvent;
  }
}
