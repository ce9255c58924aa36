import { defineTranslations } from '../i18n/msg';

/** UI strings of `<ck-hotspot>`, Indonesian first. */
export const hotspotStrings = defineTranslations({
  id: {
    areas: (alt: string) => `Bagian gambar yang dapat dipilih: ${alt}`,
    area: (n: number, label: string) => `${n}. ${label}`,
  },
  en: {
    areas: (alt: string) => `Parts of the image you can select: ${alt}`,
    area: (n: number, label: string) => `${n}. ${label}`,
  },
});
