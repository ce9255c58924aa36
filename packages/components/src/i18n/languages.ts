/** The languages the UI strings are written in; Indonesian first, the default. */
export const uiLanguages = ['id', 'en'] as const;

/** A UI language: `id` (Indonesian) or `en` (English). */
export type UiLanguage = (typeof uiLanguages)[number];

/** The default UI language, used when nothing else names one. */
export const defaultUiLanguage: UiLanguage = 'id';

/**
 * The UI language for a BCP 47 tag: `en`, `en-GB`, `EN-us` → `en`; `id`, `id-ID` → `id`.
 * A course may be written in languages the UI has no strings for (`jv`, `su`): those get the
 * default, Indonesian, while the course text stays in the course's language.
 *
 * @example
 * uiLanguage('en-GB'); // 'en'
 * uiLanguage('jv'); // 'id'
 */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (uiLanguages as readonly string[]).includes(primary ?? '') ? (primary as UiLanguage) : defaultUiLanguage;
}

/**
 * The first language tag that is set: the course's (engine) language, then the element's `lang`
 * attribute, then the page-wide choice, then Indonesian.
 *
 * @example
 * pickLanguage(engine?.language, el.lang, documentLanguage()); // 'en'
 */
export function pickLanguage(...candidates: Array<string | null | undefined>): string {
  for (const c of candidates) if (c && c.trim()) return c.trim();
  return defaultUiLanguage;
}
