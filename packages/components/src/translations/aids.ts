import { defineTranslations } from '../i18n/msg';

/**
 * UI strings of the player's learner aids: the skip link, the glossary, downloads, and the
 * required activities a learner has not finished.
 *
 * @example
 * aidStrings.en.unfinishedScenario('The Lebaran hamper'); // 'Play the scenario “The Lebaran hamper”'
 */
export const aidStrings = defineTranslations({
  id: {
    skipToContent: 'Langsung ke konten',
    glossary: 'Glosarium',
    glossaryIntro: 'Istilah dan singkatan yang dipakai dalam kursus ini.',
    termHint: 'lihat artinya',
    downloads: 'Unduhan',
    downloadsIntro: 'Bahan yang dapat Bapak/Ibu unduh, simpan, dan cetak.',
    format: {
      pdf: 'PDF',
      html: 'halaman web, siap cetak',
      svg: 'gambar SVG',
      png: 'gambar PNG',
      jpeg: 'gambar JPEG',
      docx: 'dokumen Word',
      xlsx: 'lembar kerja Excel',
      pptx: 'presentasi PowerPoint',
      txt: 'teks',
    } as Record<string, string>,
    unfinishedTitle: 'Lanjutkan yang belum selesai',
    unfinishedScenario: (title: string) => `Mainkan skenario “${title}”`,
    unfinishedAssessment: (title: string) => `Kerjakan “${title}”`,
    unfinishedPage: (title: string) => `Buka halaman “${title}”`,
    requiredTitle: 'Kegiatan wajib belum selesai',
    requiredScenario: (title: string) => `Skenario “${title}” di halaman ini wajib dimainkan sampai akhir untuk menyelesaikan kursus.`,
    requiredAssessment: (title: string) => `“${title}” di halaman ini wajib dikerjakan dan dikirim untuk menyelesaikan kursus.`,
    doItNow: 'Kerjakan sekarang',
    continueAnyway: 'Lanjut saja, kembali nanti',
  },
  en: {
    skipToContent: 'Skip to content',
    glossary: 'Glossary',
    glossaryIntro: 'Terms and abbreviations used in this course.',
    termHint: 'show its meaning',
    downloads: 'Downloads',
    downloadsIntro: 'Material you can download, keep and print.',
    format: {
      pdf: 'PDF',
      html: 'web page, ready to print',
      svg: 'SVG image',
      png: 'PNG image',
      jpeg: 'JPEG image',
      docx: 'Word document',
      xlsx: 'Excel workbook',
      pptx: 'PowerPoint presentation',
      txt: 'text',
    } as Record<string, string>,
    unfinishedTitle: 'Continue what is unfinished',
    unfinishedScenario: (title: string) => `Play the scenario “${title}”`,
    unfinishedAssessment: (title: string) => `Take “${title}”`,
    unfinishedPage: (title: string) => `Open the page “${title}”`,
    requiredTitle: 'A required activity is not finished',
    requiredScenario: (title: string) => `The scenario “${title}” on this page must be played to an ending to complete the course.`,
    requiredAssessment: (title: string) => `“${title}” on this page must be taken and submitted to complete the course.`,
    doItNow: 'Do it now',
    continueAnyway: 'Continue anyway, come back later',
  },
});
