import { defineTranslations } from '../i18n/msg';

/**
 * UI strings of `<ck-certificate>`.
 *
 * @example
 * certificateStrings.en.awardedTo; // 'This certifies that'
 */
export const certificateStrings = defineTranslations({
  id: {
    title: 'Sertifikat',
    awardedTo: 'Diberikan kepada',
    completed: 'atas keberhasilan menyelesaikan kursus',
    score: (percent: string) => `dengan nilai ${percent}`,
    date: 'Tanggal',
    id: 'Nomor sertifikat',
    issuer: 'Penerbit',
    print: 'Cetak sertifikat',
    learner: 'Peserta',
  },
  en: {
    title: 'Certificate',
    awardedTo: 'This certifies that',
    completed: 'has successfully completed the course',
    score: (percent: string) => `with a score of ${percent}`,
    date: 'Date',
    id: 'Certificate number',
    issuer: 'Issued by',
    print: 'Print the certificate',
    learner: 'Learner',
  },
});
