const id = {
  carousel: 'Kartu',
  slide: 'kartu',
  cardOf: (i: number, n: number) => `Kartu ${i} dari ${n}`,
  goTo: (i: number) => `Ke kartu ${i}`,
  previous: 'Kartu sebelumnya',
  next: 'Kartu berikutnya',
  share: 'Bagikan kartu ini',
  copied: 'Tautan kartu disalin.',
  shared: 'Kartu dibagikan.',
  copyFailed: (url: string) => `Salin tautan ini: ${url}`,
  loading: 'Memuat kartu…',
  loadError: (detail: string) => `Kartu tidak dapat dimuat: ${detail}`,
  notFound: (id: string) => `Blok kartu "${id}" tidak ada dalam kursus ini.`,
  hint: 'Geser, atau gunakan tombol panah kiri dan kanan.',
};

/** The shape of one language of {@link microCardsStrings}. */
export type MicroCardsStrings = typeof id;

const en: MicroCardsStrings = {
  carousel: 'Cards',
  slide: 'card',
  cardOf: (i: number, n: number) => `Card ${i} of ${n}`,
  goTo: (i: number) => `Go to card ${i}`,
  previous: 'Previous card',
  next: 'Next card',
  share: 'Share this card',
  copied: 'Link to the card copied.',
  shared: 'Card shared.',
  copyFailed: (url: string) => `Copy this link: ${url}`,
  loading: 'Loading the cards…',
  loadError: (detail: string) => `The cards could not be loaded: ${detail}`,
  notFound: (id: string) => `There is no cards block "${id}" in this course.`,
  hint: 'Swipe, or use the left and right arrow keys.',
};

/**
 * UI strings of `<ck-micro-cards>`, Indonesian first.
 *
 * @example
 * microCardsStrings.id.cardOf(2, 6); // "Kartu 2 dari 6"
 */
export const microCardsStrings = { id, en } as const;
