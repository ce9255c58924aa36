import { lazyTranslations } from '../i18n/lazy';
import type ids from './id/blocks';

/** The UI strings of the content block elements in one language. */
export type BlockStrings = typeof ids;

/**
 * UI strings of the content block elements (`<ck-accordion>`, `<ck-tabs>`, `<ck-flip-cards>`,
 * `<ck-dialogue>`, `<ck-callout>`, `<ck-media>`, `<ck-progress>`). Each language is loaded on
 * demand (see `lazyTranslations`).
 *
 * @example
 * await loadStrings('en');
 * stringsFor(blockStrings, 'en').cardOf(2, 4); // 'Card 2 of 4'
 */
export const blockStrings = lazyTranslations<BlockStrings>({ id: () => import('./id/blocks'), en: () => import('./en/blocks') });
