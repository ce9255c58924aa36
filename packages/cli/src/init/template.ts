/** The course schema's id (not yet served at that address: `coursekit init` writes a path to the installed schema instead). */
export const SCHEMA_ID = 'https://coursekit.dev/schema/course/1.0/course.schema.json';

/**
 * The course `coursekit init` writes: Indonesian first, English second, with a page of content,
 * a knowledge check, a short branching scenario and a final quiz, so a new author sees every
 * kind of piece working and can build every target straight away. Its Indonesian addresses the
 * learner as "Bapak/Ibu", as the player's own strings do.
 *
 * @example
 * const course = starterCourse('pelatihan-saya');
 */
export function starterCourse(id: string) {
  return {
    $schema: SCHEMA_ID,
    schemaVersion: '1.0',
    id,
    version: '0.1.0',
    title: { id: 'Kursus Baru Saya', en: 'My New Course' },
    description: {
      id: 'Kursus contoh dari `coursekit init`. Ubah teks ini, lalu jalankan `coursekit preview course.json`.',
      en: 'A starter course from `coursekit init`. Change this text, then run `coursekit preview course.json`.',
    },
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    estimatedDuration: 'PT10M',
    navigation: { mode: 'linear' },
    characters: [
      { id: 'sari', name: 'Sari', role: { id: 'Rekan kerja', en: 'Colleague' }, avatar: { src: 'assets/sari.svg', alt: { id: 'Sari, tersenyum', en: 'Sari, smiling' } } },
    ],
    modules: [
      {
        id: 'pengantar',
        title: { id: 'Pengantar', en: 'Introduction' },
        pages: [
          {
            id: 'selamat-datang',
            title: { id: 'Selamat datang', en: 'Welcome' },
            blocks: [
              { type: 'text', markdown: { id: 'Selamat datang! Halaman ini ditulis dalam **Markdown**.', en: 'Welcome! This page is written in **Markdown**.' } },
              { type: 'image', src: 'assets/welcome.svg', alt: { id: 'Ilustrasi sederhana: sebuah buku terbuka', en: 'A simple illustration: an open book' } },
              {
                type: 'callout',
                variant: 'tip',
                title: { id: 'Tips', en: 'Tip' },
                markdown: { id: 'Setiap teks punya versi Indonesia (`id`) dan Inggris (`en`).', en: 'Every text has an Indonesian (`id`) and an English (`en`) version.' },
              },
            ],
          },
          {
            id: 'cek-pemahaman',
            title: { id: 'Cek pemahaman', en: 'Check your understanding' },
            blocks: [
              {
                type: 'question',
                question: {
                  id: 'cek-bahasa',
                  type: 'true-false',
                  prompt: { id: 'Kursus ini bisa dibaca dalam dua bahasa.', en: 'This course can be read in two languages.' },
                  correct: true,
                  feedback: { correct: { id: 'Benar.', en: 'Right.' }, incorrect: { id: 'Coba ganti bahasa di menu.', en: 'Try switching the language in the menu.' } },
                },
              },
            ],
          },
        ],
      },
      {
        id: 'latihan',
        title: { id: 'Latihan', en: 'Practice' },
        pages: [
          { id: 'skenario', title: { id: 'Sebuah pilihan', en: 'A choice' }, blocks: [{ type: 'scenario', scenario: 'hadiah' }] },
          { id: 'kuis', title: { id: 'Kuis akhir', en: 'Final quiz' }, blocks: [{ type: 'assessment', assessment: 'kuis-akhir' }] },
        ],
      },
    ],
    scenarios: [
      {
        id: 'hadiah',
        title: { id: 'Hadiah dari tamu', en: 'A gift from a visitor' },
        start: 'datang',
        nodes: [
          { id: 'datang', type: 'narration', text: { id: 'Seorang tamu datang membawa hadiah untuk Bapak/Ibu.', en: 'A visitor arrives with a gift for you.' }, next: 'pilih' },
          {
            id: 'pilih',
            type: 'choice',
            character: 'sari',
            prompt: { id: 'Apa yang Bapak/Ibu lakukan?', en: 'What do you do?' },
            choices: [
              { id: 'tolak', text: { id: 'Menolak dengan sopan', en: 'Refuse politely' }, next: 'baik' },
              { id: 'terima', text: { id: 'Menerimanya', en: 'Accept it' }, next: 'kurang' },
            ],
          },
          { id: 'baik', type: 'ending', outcome: 'success', title: { id: 'Pilihan tepat', en: 'The right choice' }, debrief: { id: 'Menolak dengan sopan menjaga integritas Bapak/Ibu.', en: 'Refusing politely keeps your integrity.' }, score: 100 },
          { id: 'kurang', type: 'ending', outcome: 'failure', title: { id: 'Coba lagi', en: 'Try again' }, debrief: { id: 'Hadiah karena jabatan sebaiknya ditolak.', en: 'A gift given because of your position is best refused.' }, score: 0 },
        ],
      },
    ],
    assessments: [
      {
        id: 'kuis-akhir',
        title: { id: 'Kuis akhir', en: 'Final quiz' },
        passingScore: 70,
        attempts: 3,
        questions: [
          {
            id: 'q1',
            type: 'single-choice',
            prompt: { id: 'Di file mana kursus ini ditulis?', en: 'Which file is this course written in?' },
            choices: [
              { id: 'json', text: { id: 'course.json', en: 'course.json' } },
              { id: 'html', text: { id: 'index.html', en: 'index.html' } },
            ],
            correct: 'json',
          },
          {
            id: 'q2',
            type: 'multiple-response',
            prompt: { id: 'Target apa saja yang bisa dibuat? Pilih semua yang benar.', en: 'Which targets can be built? Choose all that apply.' },
            choices: [
              { id: 'scorm', text: 'SCORM' },
              { id: 'cmi5', text: 'cmi5' },
              { id: 'pdf', text: 'PDF' },
            ],
            correct: ['scorm', 'cmi5'],
          },
          { id: 'q3', type: 'true-false', prompt: { id: '`coursekit preview` menampilkan kursus seperti di LMS.', en: '`coursekit preview` shows the course as the LMS will.' }, correct: true },
        ],
      },
    ],
    completion: { pagesViewed: 100, assessments: ['kuis-akhir'] },
    mastery: { passingScore: 70, assessments: ['kuis-akhir'] },
  };
}

/** The pictures the starter course shows: small SVGs with a title for screen readers. */
export const STARTER_ASSETS: Record<string, string> = {
  'assets/welcome.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" role="img"><title>Buku terbuka / An open book</title><rect width="160" height="100" fill="#f0f7f4"/><path d="M20 25 Q50 15 80 25 V85 Q50 75 20 85 Z" fill="#ffffff" stroke="#0b6e4f" stroke-width="3"/><path d="M140 25 Q110 15 80 25 V85 Q110 75 140 85 Z" fill="#ffffff" stroke="#0b6e4f" stroke-width="3"/></svg>\n`,
  'assets/sari.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img"><title>Sari</title><circle cx="32" cy="32" r="32" fill="#0b6e4f"/><circle cx="32" cy="26" r="12" fill="#ffe0bd"/><path d="M12 56 Q32 36 52 56" fill="#ffe0bd"/></svg>\n`,
};

/** The README placed beside the starter course. */
export const STARTER_README = `# Kursus baru / New course

Dibuat dengan \`coursekit init\`. / Made with \`coursekit init\`.

    coursekit validate course.json                  # periksa / check
    coursekit preview course.json                   # lihat seperti di LMS / see it as the LMS will
    coursekit build course.json --target scorm12    # paket untuk LMS / package for an LMS
    coursekit build course.json --target all --out dist/
`;
