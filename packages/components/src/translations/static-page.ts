import { defineTranslations } from '../i18n/msg';

/**
 * UI strings of the first page as a package's launch page carries it, before the player arrives.
 *
 * @example
 * staticPageStrings.en.opening; // 'Opening the next page…'
 */
export const staticPageStrings = defineTranslations({
  id: {
    opening: 'Membuka halaman berikutnya…',
  },
  en: {
    opening: 'Opening the next page…',
  },
});
