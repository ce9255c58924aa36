import type { Card, CardsBlock, LocalizedText, ResolvedCourse } from '@coursekit/schema';

/**
 * Finds a `cards` block by id in a course.
 *
 * @example
 * findCardsBlock(course, 'myths')?.cards.length; // 6
 */
export function findCardsBlock(course: ResolvedCourse, blockId: string): CardsBlock | undefined {
  for (const module of course.modules) {
    for (const page of module.pages) {
      for (const block of page.blocks) {
        if (block.type === 'cards' && block.id === blockId) return block;
      }
    }
  }
  return undefined;
}

/**
 * The id of each card, for its link: the author's id, else `card-<n>` from 1.
 *
 * @example
 * cardIds([{ id: 'parcel', front: '…' }, { front: '…' }]); // ['parcel', 'card-2']
 */
export function cardIds(cards: readonly Card[]): string[] {
  return cards.map((card, i) => card.id ?? `card-${i + 1}`);
}

/**
 * Text in a language without an engine: the language asked, else the course default, else any.
 *
 * @example
 * resolveText({ id: 'Halo', en: 'Hello' }, 'en'); // "Hello"
 */
export function resolveText(text: LocalizedText, language: string, fallback?: string): string {
  if (typeof text === 'string') return text;
  return text[language] ?? (fallback ? text[fallback] : undefined) ?? Object.values(text)[0] ?? '';
}

/**
 * Markdown reduced to plain text for a share sheet: markers dropped, links kept as their text.
 *
 * @example
 * plainText('**Tolak** [parsel](https://kpk.go.id)'); // "Tolak parsel"
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
