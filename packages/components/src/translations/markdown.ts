import { defineTranslations } from '../i18n/msg';

/**
 * UI strings the Markdown renderer adds to course text.
 *
 * @example
 * markdownStrings.en.newTab; // '(opens in a new tab)'
 */
export const markdownStrings = defineTranslations({
  id: { newTab: '(membuka tab baru)' },
  en: { newTab: '(opens in a new tab)' },
});
