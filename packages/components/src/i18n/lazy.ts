import { uiLanguage, uiLanguages, type UiLanguage } from './languages';

/**
 * UI strings of one area whose languages are loaded on demand: a page downloads only the
 * languages it shows. The build puts every such area's strings of one language into one chunk
 * (scripts/bundles.mjs), so {@link loadStrings} is one request per language.
 */
export interface LazyTranslations<T> {
  /** The languages loaded so far. */
  readonly loaded: { [L in UiLanguage]?: T };
  /** Loads one language's strings (its module's default export). */
  readonly load: { readonly [L in UiLanguage]: () => Promise<{ default: T }> };
}

/** Every lazy area defined so far (a chunk that defines one adds it when it runs), with its loads under way. */
const areas: Array<LazyTranslations<unknown> & { pending?: { [L in UiLanguage]?: Promise<void> } }> = [];

/**
 * Declares an area whose languages are loaded on demand, each from a module whose default
 * export is that language's strings. Both have the type of the Indonesian strings, so a key
 * missing from one language fails the typecheck.
 *
 * @example
 * export const playerStrings = lazyTranslations<PlayerStrings>({ id: () => import('./id/player'), en: () => import('./en/player') });
 */
export function lazyTranslations<T>(load: { id: () => Promise<{ default: T }>; en: () => Promise<{ default: NoInfer<T> }> }): LazyTranslations<T> {
  const area: LazyTranslations<T> = { loaded: {}, load };
  areas.push(area as LazyTranslations<unknown>);
  return area;
}

/** Whether `area` is a {@link LazyTranslations} (and not both languages at hand). */
export function isLazy<T>(area: object): area is LazyTranslations<T> {
  return 'loaded' in area;
}

/**
 * Whether every lazy area defined so far has its strings in the UI language of `lang`.
 *
 * @example
 * stringsReady('en'); // true once `await loadStrings('en')` has resolved
 */
export function stringsReady(lang: string | null | undefined): boolean {
  const ui = uiLanguage(lang);
  return areas.every((a) => a.loaded[ui] !== undefined);
}

function loadArea(area: (typeof areas)[number], ui: UiLanguage): Promise<void> | undefined {
  const pending = (area.pending ??= {});
  // A failed load is forgotten, so the next call fetches again.
  if (area.loaded[ui] === undefined)
    return (pending[ui] ??= area.load[ui]()
      .then((m) => void ((area.loaded as Record<UiLanguage, unknown>)[ui] = m.default))
      .finally(() => delete pending[ui]));
}

/**
 * Loads the UI strings of every lazy area in the UI language of `lang` (at once when they are
 * there). Rejects when they could not be fetched (reported as CK647, see docs/errors.md); a
 * later call tries again.
 *
 * @example
 * await loadStrings('en');
 */
export async function loadStrings(lang: string | null | undefined): Promise<void> {
  const ui = uiLanguage(lang);
  // An area defined while these load (a chunk that arrived meanwhile) is loaded too.
  while (!stringsReady(ui)) {
    try {
      await Promise.all(areas.map((a) => loadArea(a, ui)));
    } catch (error) {
      throw new Error(`the "${ui}" UI strings could not be loaded: ${(error as Error).message}`);
    }
  }
}

/**
 * Puts both languages of an area in place without loading them: for code that runs at build
 * time (the launch page's first page) and imports them statically.
 *
 * @example
 * provideStrings(playerStrings, { id: playerId, en: playerEn });
 */
export function provideStrings<T>(area: LazyTranslations<T>, tables: { [L in UiLanguage]: T }): void {
  for (const l of uiLanguages) (area.loaded as Record<UiLanguage, T>)[l] = tables[l];
}

/**
 * An area's strings in the UI language of `lang`; while that language is on its way, the
 * language the page showed so far. Throws (CK648, a programming error) when neither is there:
 * `await loadStrings(lang)` first (elements wait for it through their LanguageController).
 */
export function loadedStrings<T>(area: LazyTranslations<T>, lang: string | null | undefined): T {
  const ui = uiLanguage(lang);
  const table = area.loaded[ui] ?? uiLanguages.map((l) => area.loaded[l]).find((t) => t !== undefined);
  const code = 'CK648';
  if (table === undefined) throw new Error(`${code} UI strings used before loadStrings('${ui}')`);
  return table;
}
