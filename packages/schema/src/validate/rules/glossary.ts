import { CODES } from '../codes';
import { didYouMean } from '../suggest';
import { RESOURCE_FORMATS } from '../../schema/source/glossary';
import { isRecord } from '../walk';
import { arr, quoteList, records, str, type Rule } from './rule';

/** The forms of a localised text, by language (a plain string counts for every language). */
function forms(value: unknown, languages: readonly string[]): Array<[language: string, text: string]> {
  if (typeof value === 'string') return languages.map((l) => [l, value]);
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([l, t]) => (typeof t === 'string' ? [[l, t] as [string, string]] : []));
}

/**
 * Glossary terms and downloads: a word (term or alias, in one language, any case) belongs to one
 * term; a resource's `format` matches its file's extension and its `language` is a course language.
 */
export const glossary: Rule = {
  name: 'glossary',
  run({ index, languages, report }) {
    const owner = new Map<string, string>();
    for (const term of records(index, 'GlossaryTerm')) {
      const id = str(term.value, 'id') ?? '?';
      const words = [term.value.term, ...arr(term.value, 'aliases')];
      const mine = new Set<string>();
      words.forEach((word, i) => {
        for (const [language, text] of forms(word, languages)) {
          const key = `${language}\u0000${text.trim().toLocaleLowerCase(language)}`;
          if (mine.has(key)) continue;
          mine.add(key);
          const first = owner.get(key);
          if (first === undefined) owner.set(key, id);
          else {
            const where = i === 0 ? '/term' : `/aliases/${i - 1}`;
            report({
              code: CODES.glossaryTermTwice,
              pointer: `${term.pointer}${where}${typeof word === 'string' ? '' : `/${language}`}`,
              message: `glossary: "${text}" (${language}) is a form of both "${first}" and "${id}"`,
              hint: `keep one term for "${text}" and give the other its own word, or drop it from "aliases"`,
            });
          }
        }
      });
    }
    for (const resource of records(index, 'Resource')) {
      const id = str(resource.value, 'id') ?? '?';
      const src = str(resource.value, 'src');
      const format = str(resource.value, 'format') as keyof typeof RESOURCE_FORMATS | undefined;
      const extension = src?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
      if (src && format && format in RESOURCE_FORMATS && !(RESOURCE_FORMATS[format] as readonly string[]).includes(extension ?? '')) {
        const fits = Object.entries(RESOURCE_FORMATS).find(([, exts]) => (exts as readonly string[]).includes(extension ?? ''))?.[0];
        report({
          code: CODES.resourceFormat,
          pointer: `${resource.pointer}/format`,
          message: `resource "${id}": format "${format}" does not match the file "${src}"`,
          hint: `the extension of a "${format}" file is .${RESOURCE_FORMATS[format][0]}${fits ? `; for this file use "${fits}"` : ''}`,
        });
      }
      const language = str(resource.value, 'language');
      if (language !== undefined && languages.length > 0 && !languages.includes(language)) {
        report({
          code: CODES.resourceLanguage,
          pointer: `${resource.pointer}/language`,
          message: `resource "${id}": language "${language}" is not a course language (${quoteList(languages)})`,
          hint: didYouMean(language, languages) ?? `use one of ${quoteList(languages)}, or leave "language" out`,
        });
      }
    }
  },
};
