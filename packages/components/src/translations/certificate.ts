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
    nip: 'NIP',
    unit: 'Unit kerja',
    hours: 'Jumlah jam pelajaran',
    hoursValue: (n: string) => `${n} JP`,
    verify: 'Periksa keaslian sertifikat di',
    qr: (url: string) => `Kode QR ke ${url}`,
    download: 'Unduh PDF',
    preparing: 'Menyiapkan PDF…',
    downloadFailed: 'PDF tidak dapat dibuat. Silakan cetak sertifikat dan pilih “Simpan sebagai PDF”.',
    signatoryNip: (nip: string) => `NIP ${nip}`,
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
    nip: 'NIP (civil servant number)',
    unit: 'Work unit',
    hours: 'Training hours',
    hoursValue: (n: string) => `${n} JP (lesson hours)`,
    verify: 'Check this certificate at',
    qr: (url: string) => `QR code to ${url}`,
    download: 'Download PDF',
    preparing: 'Preparing the PDF…',
    downloadFailed: 'The PDF could not be made. Please print the certificate and choose “Save as PDF”.',
    signatoryNip: (nip: string) => `NIP ${nip}`,
  },
});
