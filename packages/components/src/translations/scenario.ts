const id = {
  loading: 'Memuat skenario…',
  loadError: (detail: string) => `Skenario tidak dapat dimuat: ${detail}`,
  notFound: (id: string) => `Skenario "${id}" tidak ada dalam kursus ini.`,
  start: 'Mulai skenario',
  continue: 'Lanjut',
  replay: 'Ulangi skenario',
  meters: 'Nilai Bapak/Ibu',
  meterValue: (value: number, max: number) => `${value} dari ${max}`,
  rose: (label: string, delta: number, value: number) => `${label} naik ${delta} menjadi ${value}.`,
  fell: (label: string, delta: number, value: number) => `${label} turun ${delta} menjadi ${value}.`,
  youChose: 'Pilihan Bapak/Ibu',
  choicesLabel: 'Pilihan',
  consequence: 'Akibatnya',
  outcome: { success: 'Berhasil', partial: 'Sebagian berhasil', failure: 'Gagal' },
  scoreOf: (raw: number, max: number) => `Skor: ${raw} dari ${max}`,
  pathRecap: 'Jalan yang Bapak/Ibu tempuh',
  finalValues: 'Nilai akhir',
  ended: 'Skenario selesai',
  mood: { neutral: 'tenang', happy: 'senang', worried: 'khawatir', angry: 'marah', sad: 'sedih', surprised: 'terkejut' },
  says: 'berkata',
  back: 'Kembali selangkah',
  steppedBack: 'Kembali ke langkah sebelumnya.',
  map: 'Peta skenario',
  mapIntro: 'Setiap keputusan dalam skenario ini, pilihan yang Bapak/Ibu ambil kali ini dan yang belum, serta akhir cerita yang sudah tercapai.',
  decision: (n: number) => `Keputusan ${n}`,
  taken: 'dipilih kali ini',
  notTaken: 'belum dipilih',
  leadsTo: 'menuju',
  endings: 'Akhir cerita',
  reached: 'sudah tercapai',
  notReached: 'belum tercapai',
};

/** The shape of one language of {@link scenarioStrings}. */
export type ScenarioStrings = typeof id;

const en: ScenarioStrings = {
  loading: 'Loading the scenario…',
  loadError: (detail: string) => `The scenario could not be loaded: ${detail}`,
  notFound: (id: string) => `There is no scenario "${id}" in this course.`,
  start: 'Start the scenario',
  continue: 'Continue',
  replay: 'Play again',
  meters: 'Your standing',
  meterValue: (value: number, max: number) => `${value} of ${max}`,
  rose: (label: string, delta: number, value: number) => `${label} rose by ${delta} to ${value}.`,
  fell: (label: string, delta: number, value: number) => `${label} fell by ${delta} to ${value}.`,
  youChose: 'You chose',
  choicesLabel: 'Choices',
  consequence: 'What happens',
  outcome: { success: 'Success', partial: 'Partly successful', failure: 'Failure' },
  scoreOf: (raw: number, max: number) => `Score: ${raw} of ${max}`,
  pathRecap: 'The path you took',
  finalValues: 'Final values',
  ended: 'Scenario over',
  mood: { neutral: 'calm', happy: 'happy', worried: 'worried', angry: 'angry', sad: 'sad', surprised: 'surprised' },
  says: 'says',
  back: 'Step back',
  steppedBack: 'Back at the previous step.',
  map: 'Scenario map',
  mapIntro: 'Every decision in this scenario, the choices you took this time and those you did not, and the endings reached so far.',
  decision: (n: number) => `Decision ${n}`,
  taken: 'taken this time',
  notTaken: 'not taken',
  leadsTo: 'leads to',
  endings: 'Endings',
  reached: 'reached',
  notReached: 'not reached yet',
};

/**
 * UI strings of `<ck-scenario>`, in Indonesian (first) and English.
 * Course text never comes from here: it is the author's, rendered as Markdown or text.
 *
 * @example
 * scenarioStrings.en.scoreOf(60, 100); // "Score: 60 of 100"
 */
export const scenarioStrings = { id, en } as const;
