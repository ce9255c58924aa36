const questionId = {
  submit: 'Kirim jawaban',
  save: 'Simpan jawaban',
  tryAgain: 'Coba lagi',
  correct: 'Benar.',
  partial: 'Sebagian benar.',
  incorrect: 'Kurang tepat.',
  recorded: 'Terima kasih, jawaban Bapak/Ibu tersimpan.',
  saved: 'Jawaban tersimpan. Umpan balik diberikan setelah penilaian dikirim.',
  scoreOf: (raw: string, max: string) => `Skor: ${raw} dari ${max}`,
  true: 'Benar',
  false: 'Salah',
  trueFalseLabel: 'Pernyataan ini benar atau salah?',
  answerLabel: 'Jawaban Bapak/Ibu',
  choose: 'Pilih…',
  moveUp: (item: string) => `Pindahkan ke atas: ${item}`,
  moveDown: (item: string) => `Pindahkan ke bawah: ${item}`,
  moved: (item: string, position: number, total: number) => `${item} sekarang di posisi ${position} dari ${total}.`,
  atEdge: (item: string) => `${item} tidak dapat dipindahkan lebih jauh.`,
  counter: (length: number, max: number | undefined) => (max ? `${length} dari ${max} karakter` : `${length} karakter`),
  minimum: (min: number) => `Minimal ${min} karakter.`,
  needChoice: 'Pilih satu jawaban dulu.',
  needChoices: 'Pilih setidaknya satu jawaban dulu.',
  needText: 'Tulis jawaban Bapak/Ibu dulu.',
  needMatches: (missing: number) => `Pasangkan semua item dulu (${missing} belum).`,
  tooShort: (length: number, min: number) => `Jawaban Bapak/Ibu ${length} karakter; minimal ${min}.`,
  notFound: (id: string) => `Pertanyaan "${id}" tidak ada dalam kursus ini.`,
  yourChoice: 'Pilihan Bapak/Ibu',
  matchFor: (source: string) => `Pasangan untuk: ${source}`,
};

/** The shape of one language of {@link questionStrings}. */
export type QuestionStrings = typeof questionId;

const questionEn: QuestionStrings = {
  submit: 'Submit answer',
  save: 'Save answer',
  tryAgain: 'Try again',
  correct: 'Correct.',
  partial: 'Partly correct.',
  incorrect: 'Not quite.',
  recorded: 'Thank you, your answer is saved.',
  saved: 'Answer saved. Feedback comes after you submit the assessment.',
  scoreOf: (raw: string, max: string) => `Score: ${raw} of ${max}`,
  true: 'True',
  false: 'False',
  trueFalseLabel: 'Is this statement true or false?',
  answerLabel: 'Your answer',
  choose: 'Choose…',
  moveUp: (item: string) => `Move up: ${item}`,
  moveDown: (item: string) => `Move down: ${item}`,
  moved: (item: string, position: number, total: number) => `${item} is now at position ${position} of ${total}.`,
  atEdge: (item: string) => `${item} cannot move any further.`,
  counter: (length: number, max: number | undefined) => (max ? `${length} of ${max} characters` : `${length} characters`),
  minimum: (min: number) => `At least ${min} characters.`,
  needChoice: 'Choose an answer first.',
  needChoices: 'Choose at least one answer first.',
  needText: 'Write your answer first.',
  needMatches: (missing: number) => `Match every item first (${missing} left).`,
  tooShort: (length: number, min: number) => `Your answer has ${length} characters; at least ${min} are needed.`,
  notFound: (id: string) => `There is no question "${id}" in this course.`,
  yourChoice: 'Your choice',
  matchFor: (source: string) => `Match for: ${source}`,
};

/**
 * UI strings of `<ck-question>`, Indonesian first.
 *
 * @example
 * questionStrings.id.scoreOf('1', '2'); // "Skor: 1 dari 2"
 */
export const questionStrings = { id: questionId, en: questionEn } as const;

const quizId = {
  start: 'Mulai penilaian',
  questionsCount: (n: number) => `${n} pertanyaan`,
  passingScore: (p: number) => `Nilai lulus: ${p}%`,
  attemptsUnlimited: 'Kesempatan: tidak terbatas',
  attemptsLeft: (left: number) => `Sisa kesempatan: ${left}`,
  attemptOf: (attempt: number, total: number | null) => (total ? `Percobaan ${attempt} dari ${total}` : `Percobaan ${attempt}`),
  progress: (i: number, n: number) => `Pertanyaan ${i} dari ${n}`,
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  submitAll: 'Kirim penilaian',
  unanswered: (n: number) => `${n} pertanyaan belum dijawab. Jawab semua sebelum mengirim.`,
  result: 'Hasil',
  passed: 'Lulus',
  failed: 'Belum lulus',
  yourScore: (score: number, passing: number) => `Nilai Bapak/Ibu ${score}%; nilai lulus ${passing}%.`,
  noAttemptsLeft: 'Kesempatan Bapak/Ibu sudah habis.',
  retry: 'Coba lagi',
  review: 'Tinjauan jawaban',
  feedbackNever: 'Penilaian ini hanya menampilkan nilai.',
  notFound: (id: string) => `Penilaian "${id}" tidak ada dalam kursus ini.`,
};

/** The shape of one language of {@link quizStrings}. */
export type QuizStrings = typeof quizId;

const quizEn: QuizStrings = {
  start: 'Start the assessment',
  questionsCount: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`,
  passingScore: (p: number) => `Passing score: ${p}%`,
  attemptsUnlimited: 'Attempts: unlimited',
  attemptsLeft: (left: number) => `Attempts left: ${left}`,
  attemptOf: (attempt: number, total: number | null) => (total ? `Attempt ${attempt} of ${total}` : `Attempt ${attempt}`),
  progress: (i: number, n: number) => `Question ${i} of ${n}`,
  previous: 'Previous',
  next: 'Next',
  submitAll: 'Submit the assessment',
  unanswered: (n: number) => `${n} ${n === 1 ? 'question is' : 'questions are'} unanswered. Answer them all before you submit.`,
  result: 'Result',
  passed: 'Passed',
  failed: 'Not passed yet',
  yourScore: (score: number, passing: number) => `Your score is ${score}%; the passing score is ${passing}%.`,
  noAttemptsLeft: 'You have no attempts left.',
  retry: 'Try again',
  review: 'Your answers',
  feedbackNever: 'This assessment shows only the score.',
  notFound: (id: string) => `There is no assessment "${id}" in this course.`,
};

/**
 * UI strings of `<ck-quiz>`, Indonesian first.
 *
 * @example
 * quizStrings.en.yourScore(60, 80); // "Your score is 60%; the passing score is 80%."
 */
export const quizStrings = { id: quizId, en: quizEn } as const;
