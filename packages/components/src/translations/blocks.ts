import { defineTranslations } from '../i18n/msg';

/**
 * UI strings of the content block elements (`<ck-accordion>`, `<ck-tabs>`, `<ck-flip-cards>`,
 * `<ck-dialogue>`, `<ck-callout>`, `<ck-media>`, `<ck-progress>`).
 *
 * @example
 * blockStrings.en.cardOf(2, 4); // 'Card 2 of 4'
 */
export const blockStrings = defineTranslations({
  id: {
    callout: { info: 'Info', tip: 'Tips', warning: 'Peringatan', important: 'Penting', legal: 'Dasar hukum' },
    flip: (i: number, n: number) => `Balik kartu ${i} dari ${n}`,
    flipBack: (i: number, n: number) => `Balik lagi kartu ${i} dari ${n}`,
    front: 'Depan',
    back: 'Belakang',
    cardOf: (i: number, n: number) => `Kartu ${i} dari ${n}`,
    cards: 'Kartu',
    showingBack: (i: number) => `Kartu ${i}: sisi belakang.`,
    showingFront: (i: number) => `Kartu ${i}: sisi depan.`,
    transcript: 'Transkrip',
    showTranscript: (title: string) => `Transkrip: ${title}`,
    dialogue: 'Percakapan',
    says: 'berkata',
    mood: { neutral: 'tenang', happy: 'senang', worried: 'khawatir', angry: 'marah', sad: 'sedih', surprised: 'terkejut' },
    progress: 'Kemajuan',
    progressValue: (viewed: number, total: number, percent: number) => `${viewed} dari ${total} halaman dilihat (${percent}%)`,
    tabs: 'Tab',
  },
  en: {
    callout: { info: 'Info', tip: 'Tip', warning: 'Warning', important: 'Important', legal: 'Legal basis' },
    flip: (i: number, n: number) => `Turn over card ${i} of ${n}`,
    flipBack: (i: number, n: number) => `Turn back card ${i} of ${n}`,
    front: 'Front',
    back: 'Back',
    cardOf: (i: number, n: number) => `Card ${i} of ${n}`,
    cards: 'Cards',
    showingBack: (i: number) => `Card ${i}: back.`,
    showingFront: (i: number) => `Card ${i}: front.`,
    transcript: 'Transcript',
    showTranscript: (title: string) => `Transcript: ${title}`,
    dialogue: 'Conversation',
    says: 'says',
    mood: { neutral: 'calm', happy: 'happy', worried: 'worried', angry: 'angry', sad: 'sad', surprised: 'surprised' },
    progress: 'Progress',
    progressValue: (viewed: number, total: number, percent: number) => `${viewed} of ${total} pages viewed (${percent}%)`,
    tabs: 'Tabs',
  },
});
