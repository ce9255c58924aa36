import { uiLanguage, type UiLanguage } from './languages';

/**
 * UI strings of one area (an element, or a family of them) in every UI language. Both languages
 * have the same type, so a key missing from one of them fails the typecheck:
 *
 * ```ts
 * const id = { next: 'Berikutnya', pageOf: (i: number, n: number) => `Halaman ${i} dari ${n}` };
 * const en: typeof id = { next: 'Next' }; // error: property 'pageOf' is missing
 * ```
 */
export type Translations<T> = { readonly [L in UiLanguage]: T };

/** The parameters a string takes: none for plain strings, the function's for templates. */
export type MsgParams<V> = V extends (...args: infer P) => string ? P : [];

/** The keys of an area whose values are strings or string templates (not nested groups). */
export type MsgKey<T> = { [K in keyof T]: T[K] extends string | ((...args: never[]) => string) ? K : never }[keyof T];

/**
 * Declares an area's strings. Only a typing aid: it returns its argument unchanged.
 *
 * @example
 * export const playerStrings = defineTranslations({ id: { next: 'Berikutnya' }, en: { next: 'Next' } });
 */
export function defineTranslations<T>(translations: { id: T; en: NoInfer<T> }): Translations<T> {
  return translations;
}

/**
 * The strings of an area in the UI language for a language tag (`en-GB` → English; a tag the UI
 * has no strings for → Indonesian). An area loaded on demand is read with `loadedStrings`.
 *
 * @example
 * stringsFor(studioStrings, 'en').save; // 'Save'
 */
export function stringsFor<T>(area: Translations<T>, lang: string | null | undefined): T {
  return area[uiLanguage(lang)];
}

/**
 * One UI string in a language, with its parameters filled in.
 *
 * @example
 * msg(studioStrings, 'pageOf', 'id', 2, 9); // 'Halaman 2 dari 9'
 * msg(studioStrings, 'next', 'en'); // 'Next'
 */
export function msg<T, K extends MsgKey<T>>(area: Translations<T>, key: K, lang: string | null | undefined, ...params: MsgParams<T[K]>): string {
  const value = stringsFor(area, lang)[key] as unknown;
  return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...params) : String(value);
}
