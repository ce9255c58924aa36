import type { LocalizedText } from '@coursekit/schema';

/**
 * The text of `text` in `language`; else in `fallbackLanguage`; else the first language the
 * author wrote; "" for undefined. A plain string is the same in every language.
 *
 * @example
 * localize({ id: 'Halo', en: 'Hello' }, 'en', 'id'); // "Hello"
 * localize({ id: 'Halo' }, 'en', 'id');              // "Halo"
 * localize('KPK', 'en', 'id');                       // "KPK"
 */
export function localize(text: LocalizedText | undefined, language: string, fallbackLanguage: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? text[fallbackLanguage] ?? Object.values(text)[0] ?? '';
}

/**
 * Every variant of a text, one per language (one for a plain string).
 *
 * @example
 * variants({ id: 'tiga puluh', en: 'thirty' }); // ["tiga puluh", "thirty"]
 */
export function variants(text: LocalizedText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}
