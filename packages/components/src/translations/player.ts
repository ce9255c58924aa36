import { lazyTranslations } from '../i18n/lazy';
import type ids from './id/player';

/** The UI strings of `<ck-course-player>` in one language. */
export type PlayerStrings = typeof ids;

/**
 * UI strings of `<ck-course-player>`. Each language is loaded on demand (see `lazyTranslations`):
 * a bundle carries neither in its first load.
 *
 * @example
 * await loadStrings('en');
 * stringsFor(playerStrings, 'en').pageOf(2, 9); // 'Page 2 of 9'
 */
export const playerStrings = lazyTranslations<PlayerStrings>({ id: () => import('./id/player'), en: () => import('./en/player') });
