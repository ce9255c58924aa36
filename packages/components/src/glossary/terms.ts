import { html, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import type { GlossaryTerm, LocalizedText } from '@coursekit/schema';
import { renderInlineMarkdown } from '../markdown/render';
import { loadedStrings } from '../i18n/lazy';
import { aidStrings } from '../translations/aids';

/** A glossary term ready to find in text of one language. */
export interface TermPattern {
  term: GlossaryTerm;
  /** Its forms (term and aliases) as whole words: an all-capital form matches only in capitals. */
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The course's glossary terms as patterns for one language.
 *
 * @example
 * termPatterns(course.glossary, (t) => engine.text(t))[0].pattern.test('Lapor ke UPG'); // true
 */
export function termPatterns(glossary: readonly GlossaryTerm[] | undefined, text: (t: LocalizedText) => string): TermPattern[] {
  return (glossary ?? []).flatMap((term) => {
    const forms = [term.term, ...(term.aliases ?? [])].map(text).map((f) => f.trim()).filter(Boolean);
    if (!forms.length) return [];
    // Longer forms first, so "Unit Pengendalian Gratifikasi" wins over a shorter form inside it.
    forms.sort((a, b) => b.length - a.length);
    const alternatives = forms.map((f) => (f === f.toLocaleUpperCase() && /\p{L}/u.test(f) ? escape(f) : `(?i:${escape(f)})`));
    try {
      return [{ term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u') }];
    } catch {
      // Engines without inline flags: every form without regard to case.
      return [{ term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu') }];
    }
  });
}

const cache = new WeakMap<object, Map<string, Map<string, TermPattern[]>>>();

/**
 * Forgets the first uses found in a course, after more of its text arrived (a part of a split course).
 *
 * @example
 * forgetFirstUses(engine.course);
 */
export function forgetFirstUses(course: object): void {
  cache.delete(course);
}

/**
 * Where each glossary term is first used in the course, in the engine's language: the text
 * blocks of the pages in course order, by `pageId/blockIndex`, with the terms first used there.
 *
 * @example
 * firstUses(engine).get('what-is-gratification/0'); // [{ term: { id: 'upg', … }, pattern: /…/ }]
 */
export function firstUses(engine: CourseEngineApi): Map<string, TermPattern[]> {
  const byLanguage = cache.get(engine.course) ?? new Map<string, Map<string, TermPattern[]>>();
  cache.set(engine.course, byLanguage);
  const found = byLanguage.get(engine.language);
  if (found) return found;
  const left = termPatterns(engine.course.glossary, (t) => engine.text(t));
  const uses = new Map<string, TermPattern[]>();
  for (const ref of engine.pages) {
    ref.page.blocks.forEach((block, i) => {
      if (block.type !== 'text' || !left.length) return;
      const source = engine.text(block.markdown);
      const here = left.filter((t) => t.pattern.test(source));
      if (!here.length) return;
      uses.set(`${ref.pageId}/${i}`, here);
      for (const t of here) left.splice(left.indexOf(t), 1);
    });
  }
  byLanguage.set(engine.language, uses);
  return uses;
}

/**
 * A Markdown text transform that marks the first occurrence of each of `terms` with a
 * disclosure: the word as a button (`aria-expanded`) and the definition after it, shown on
 * activation and hidden again with the button or Escape.
 *
 * @example
 * renderMarkdown(source, { lang, text: markTerms(engine, terms, 'p1-0') });
 */
export function markTerms(engine: CourseEngineApi, terms: readonly TermPattern[], key: string): (text: string) => unknown {
  const left = [...terms];
  const hint = loadedStrings(aidStrings, engine.language).termHint;
  return function mark(text: string): unknown {
    let first: { at: number; length: number; t: TermPattern } | null = null;
    for (const t of left) {
      const m = t.pattern.exec(text);
      if (m && (!first || m.index < first.at)) first = { at: m.index, length: m[0].length, t };
    }
    if (!first) return text;
    left.splice(left.indexOf(first.t), 1);
    const word = text.slice(first.at, first.at + first.length);
    const id = `term-${key.replace(/[^\w-]/g, '-')}-${first.t.term.id}`;
    return [text.slice(0, first.at), renderTerm(word, engine.text(first.t.term.definition), id, hint, engine.language), mark(text.slice(first.at + first.length))];
  };
}

function toggle(button: HTMLButtonElement, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  const definition = button.nextElementSibling as HTMLElement | null;
  if (definition) definition.hidden = !open;
}

/** One marked term: a disclosure button and its definition. */
function renderTerm(word: string, definition: string, id: string, hint: string, lang: string): TemplateResult {
  return html`<span class="term" data-term=${id}
    ><button
      type="button"
      class="term-button"
      aria-expanded="false"
      aria-controls=${id}
      @click=${(e: Event) => toggle(e.currentTarget as HTMLButtonElement, (e.currentTarget as HTMLElement).getAttribute('aria-expanded') !== 'true')}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && toggle(e.currentTarget as HTMLButtonElement, false)}
    >${word}<span class="visually-hidden"> (${hint})</span></button
    ><span class="term-definition" id=${id} role="note" hidden
      ><span class="visually-hidden">${word}: </span>${renderInlineMarkdown(definition, { lang })}</span
    ></span
  >`;
}
