import type { LocalizedText } from '@coursekit/schema';
import type { LanguageMap } from './types';

/** Markdown markers that mean nothing in a report: emphasis, headings, quotes, list bullets, link targets. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A language map (xAPI 4.2.7) from an author's text: one entry per course language. A plain string
 * is written in every language the course has; markdown is reduced to plain text.
 *
 * @example
 * languageMap({ id: 'Parsel Lebaran', en: 'The **Lebaran** parcel' }, ['id', 'en']); // { id: 'Parsel Lebaran', en: 'The Lebaran parcel' }
 * languageMap('Budi', ['id', 'en']); // { id: 'Budi', en: 'Budi' }
 */
export function languageMap(text: LocalizedText | undefined, languages: readonly string[]): LanguageMap | undefined {
  if (text === undefined) return undefined;
  const map: LanguageMap = {};
  if (typeof text === 'string') {
    const value = plain(text);
    if (!value) return undefined;
    for (const language of languages) map[language] = value;
    return map;
  }
  for (const [language, value] of Object.entries(text)) {
    const clean = plain(value);
    if (clean) map[language] = clean;
  }
  return Object.keys(map).length ? map : undefined;
}

/**
 * The text of one language, falling back to the first language present.
 *
 * @example
 * textIn({ id: 'Tolak', en: 'Refuse' }, 'en'); // 'Refuse'
 */
export function textIn(text: LocalizedText | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? Object.values(text)[0] ?? '';
}
