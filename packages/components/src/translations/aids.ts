import { lazyTranslations } from '../i18n/lazy';
import type ids from './id/aids';

/** The UI strings of the player's learner aids in one language. */
export type AidStrings = typeof ids;

/**
 * UI strings of the player's learner aids: the skip link, the glossary, downloads, and the
 * required activities a learner has not finished. Each language is loaded on demand (see
 * `lazyTranslations`).
 *
 * @example
 * await loadStrings('en');
 * stringsFor(aidStrings, 'en').unfinishedScenario('The Lebaran hamper'); // 'Play the scenario “The Lebaran hamper”'
 */
export const aidStrings = lazyTranslations<AidStrings>({ id: () => import('./id/aids'), en: () => import('./en/aids') });
