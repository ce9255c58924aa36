import { defineTranslations } from '../i18n/msg';

/**
 * UI strings of the player's results page (loaded with it, the first time it is shown).
 *
 * @example
 * resultsStrings.en.resultsTitle; // 'Your results'
 */
export const resultsStrings = defineTranslations({
  id: {
    backToCourse: 'Kembali ke kursus',
    resultsTitle: 'Hasil Bapak/Ibu',
    courseScore: (score: string, passing: string) => `Nilai kursus Bapak/Ibu ${score}; batas lulus ${passing}.`,
    passed: 'Lulus',
    failed: 'Belum lulus',
    notScored: 'Nilai kursus muncul setelah semua penilaian selesai.',
    completed: 'Kursus selesai.',
    notCompleted: (viewed: number, total: number) => `Bapak/Ibu telah melihat ${viewed} dari ${total} halaman.`,
    assessments: 'Penilaian',
    assessmentLine: (best: string, passing: string, attempts: number) => `Nilai terbaik ${best}, batas lulus ${passing}, ${attempts} kali percobaan`,
    notTaken: 'Belum dikerjakan',
    scenarios: 'Skenario',
    scenarioLine: (best: string) => `Nilai terbaik ${best}`,
    notEnded: 'Belum selesai',
    certificateEarned: 'Selamat! Bapak/Ibu memperoleh sertifikat.',
    certificateNotYet: 'Sertifikat diberikan setelah Bapak/Ibu lulus kursus ini.',
    learnerName: 'Nama Bapak/Ibu di sertifikat',
    identity: {
      legend: 'Data Bapak/Ibu untuk sertifikat',
      hint: 'Diisi sekali; tersimpan untuk kunjungan berikutnya.',
      name: 'Nama lengkap (dengan gelar)',
      nip: 'NIP (18 angka)',
      unit: 'Unit kerja',
      save: 'Simpan data',
      saved: 'Data tersimpan.',
      fromLms: 'Dari LMS',
      problem: {
        name: 'Isi nama lengkap Bapak/Ibu.',
        length: 'NIP terdiri atas 18 angka.',
        'birth-date': 'Delapan angka pertama NIP harus tanggal lahir (TTTTBBHH).',
        appointment: 'Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB), setelah tanggal lahir.',
        gender: 'Angka ke-15 NIP harus 1 atau 2.',
        unit: 'Isi unit kerja Bapak/Ibu.',
      },
    },
  },
  en: {
    backToCourse: 'Back to the course',
    resultsTitle: 'Your results',
    courseScore: (score: string, passing: string) => `Your course score is ${score}; the passing score is ${passing}.`,
    passed: 'Passed',
    failed: 'Not passed yet',
    notScored: 'The course score appears once every assessment is done.',
    completed: 'Course completed.',
    notCompleted: (viewed: number, total: number) => `You have viewed ${viewed} of ${total} pages.`,
    assessments: 'Assessments',
    assessmentLine: (best: string, passing: string, attempts: number) => `Best score ${best}, passing score ${passing}, ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`,
    notTaken: 'Not taken yet',
    scenarios: 'Scenarios',
    scenarioLine: (best: string) => `Best score ${best}`,
    notEnded: 'Not finished yet',
    certificateEarned: 'Congratulations! You have earned a certificate.',
    certificateNotYet: 'The certificate is given once you pass this course.',
    learnerName: 'Your name on the certificate',
    identity: {
      legend: 'Your details for the certificate',
      hint: 'Entered once; kept for your next visit.',
      name: 'Full name (with titles)',
      nip: 'NIP (18 digits)',
      unit: 'Work unit (unit kerja)',
      save: 'Save details',
      saved: 'Details saved.',
      fromLms: 'From the LMS',
      problem: {
        name: 'Enter your full name.',
        length: 'An NIP has 18 digits.',
        'birth-date': 'The first eight digits of an NIP are a date of birth (YYYYMMDD).',
        appointment: 'Digits 9 to 14 of an NIP are the year and month of appointment (YYYYMM), after the date of birth.',
        gender: 'Digit 15 of an NIP is 1 or 2.',
        unit: 'Enter your work unit.',
      },
    },
  },
});
