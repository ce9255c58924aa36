import { CODES } from '../codes';
import { didYouMean } from '../suggest';

import { isRecord } from '../walk';
import { quoteList, records, str, type Rule } from './rule';

/**
 * Every localised text has every course language and no other; the default language and caption
 * track languages are course languages.
 */
export const languages: Rule = {
  name: 'languages',
  run({ course, index, languages: declared, report }) {
    const defaultLanguage = course.defaultLanguage;
    if (typeof defaultLanguage === 'string' && declared.length > 0 && !declared.includes(defaultLanguage)) {
      const hint = didYouMean(defaultLanguage, declared) ?? `use one of ${quoteList(declared)}, or add "${defaultLanguage}" to "languages"`;
      report({ code: CODES.defaultLanguage, pointer: '/defaultLanguage', message: `defaultLanguage "${defaultLanguage}" is not one of the course languages ${quoteList(declared)}`, hint });
    }
    if (declared.length === 0) return;

    for (const def of ['LocalizedText', 'LocalizedMarkdown']) {
      // Tens of thousands of texts, many of them plain strings: an indexed loop over the index's own
      // list, with no copy of it and no iterator result for each while the code is cold.
      const texts = index.get(def) ?? [];
      for (let i = 0; i < texts.length; i++) {
        const typed = texts[i]!;
        const value = typed.value;
        if (!isRecord(value) || hasExactly(value, declared)) continue;
        const text = { pointer: typed.pointer, value };
        const present = Object.keys(text.value);
        const missing = declared.filter((language) => !present.includes(language));
        const extra = present.filter((language) => !declared.includes(language));
        for (const language of extra) {
          const near = didYouMean(language, missing.length > 0 ? missing : declared);
          report({
            code: CODES.undeclaredLanguage,
            pointer: `${text.pointer}/${language.replace(/~/g, '~0').replace(/\//g, '~1')}`,
            at: 'key',
            message: `the text has "${language}", which is not a course language (${quoteList(declared)})`,
            hint: near ?? `add "${language}" to "languages", or remove it here`,
          });
        }
        if (missing.length > 0) {
          const sample = present.map((language) => text.value[language]).find((v) => typeof v === 'string') as string | undefined;
          const shown = sample === undefined ? '' : ` (${JSON.stringify(sample.length > 40 ? sample.slice(0, 37) + '…' : sample)})`;
          report({
            code: CODES.missingLanguage,
            pointer: text.pointer,
            message: `the text${shown} has no ${quoteList(missing)}; the course is in ${quoteList(declared)}`,
            hint: `add ${missing.map((l) => `"${l}": "…"`).join(', ')}, or write one plain string if the text is the same in every language`,
          });
        }
      }
    }

    for (const track of records(index, 'MediaTrack')) {
      const lang = str(track.value, 'lang');
      if (lang === undefined || declared.includes(lang)) continue;
      const hint = didYouMean(lang, declared) ?? `use one of ${quoteList(declared)}`;
      report({ code: CODES.trackLanguage, pointer: track.pointer + '/lang', message: `the caption track's language "${lang}" is not a course language (${quoteList(declared)})`, hint });
    }
  },
};

/** Whether a text has every language and no other: the usual case, checked without building lists. */
export function hasExactly(text: Record<string, unknown>, declared: readonly string[]): boolean {
  let count = 0;
  for (const language in text) {
    if (!declared.includes(language)) return false;
    count++;
  }
  return count === declared.length;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The course languages, for the other rules; [] while any of them is not a valid tag, since the
 * schema error about that tag is the one to fix first (checking texts against a broken list would
 * report every text in the course).
 */
export function courseLanguages(course: Record<string, unknown>): string[] {
  const list = course.languages;
  if (!Array.isArray(list) || !list.every((l) => typeof l === 'string' && LANGUAGE_TAG.test(l))) return [];
  return list as string[];
}

