import { QUESTION_SCHEMAS, QUESTION_TYPE_DEFS } from '../../question-types/registry';
import { doc, list, notes, object, oneOfValues, question, ref, taggedUnion, type JsonSchema } from './helpers';

const scoring = (markdown: string, partial: string, allOrNothing: string): JsonSchema =>
  doc(markdown, ['partial'], oneOfValues([
    ['all-or-nothing', allOrNothing],
    ['partial', partial],
  ]));

const choices = (markdown: string): JsonSchema =>
  doc(markdown, [[{ id: 'a', text: 'Ya' }, { id: 'b', text: 'Tidak' }]], list({ $ref: '#/$defs/Choice' }, { minItems: 2 }));

/** Questions, question banks and assessments. */
export const questionDefs: Record<string, JsonSchema> = {
  Feedback: object([], {
    correct: ref('LocalizedMarkdown', 'Shown when the answer is right.', [{ id: 'Benar. Parsel dari rekanan wajib dilaporkan.', en: 'Right. A hamper from a contractor must be reported.' }]),
    incorrect: ref('LocalizedMarkdown', 'Shown when the answer is wrong.', [{ id: 'Belum tepat. Lihat kembali Pasal 12C.', en: 'Not quite. See Article 12C again.' }]),
    partial: ref('LocalizedMarkdown', 'Shown when a partly right answer earns partial credit.', [{ id: 'Sebagian benar.', en: 'Partly right.' }]),
  }, { description: 'Feedback shown after an answer.', markdownDescription: 'Feedback shown after an answer.', examples: [{ correct: 'Benar.', incorrect: 'Belum tepat.' }] }),
  Choice: object(['id', 'text'], {
    id: ref('Id', 'Id of the option, unique in its question; `correct` names options by id.', ['a', 'report-it']),
    text: ref('LocalizedText', 'The option as learners read it.', [{ id: 'Laporkan ke UPG', en: 'Report it to the gratification control unit' }]),
    feedback: ref('LocalizedMarkdown', 'Feedback for this option, shown when it is chosen.', [{ id: 'Tepat: UPG meneruskan ke KPK.', en: 'Right: the unit forwards it to the KPK.' }]),
    notes: notes(),
  }, { description: 'An option of a choice or likert question.', markdownDescription: 'An option of a choice or likert question.', examples: [{ id: 'a', text: 'Ya' }] }),
  SingleChoiceQuestion: question('single-choice', '`single-choice`: exactly one option is correct.', ['choices', 'correct'], {
    choices: choices('The options, at least two.'),
    correct: ref('Id', 'Id of the correct option.', ['a']),
  }, { type: 'single-choice', id: 'q-1', prompt: 'Wajib lapor?', choices: [{ id: 'a', text: 'Ya' }, { id: 'b', text: 'Tidak' }], correct: 'a' }),
  MultipleResponseQuestion: question('multiple-response', '`multiple-response`: several options may be correct; the learner picks all that apply.', ['choices', 'correct'], {
    choices: choices('The options, at least two.'),
    correct: doc('Ids of every correct option.', [['a', 'c']], list({ type: 'string', $ref: '#/$defs/Id' }, { minItems: 1, uniqueItems: true })),
    scoring: scoring('How a partly right answer scores. Default `all-or-nothing`.', '`partial`: (right picks − wrong picks) / number of right options, floored at 0.', '`all-or-nothing`: full credit only for exactly the right set.'),
  }, { type: 'multiple-response', id: 'q-2', prompt: 'Pilih semua yang wajib dilaporkan.', choices: [{ id: 'a', text: 'Parsel' }, { id: 'b', text: 'Hadiah ulang tahun dari keluarga' }], correct: ['a'] }),
  TrueFalseQuestion: question('true-false', '`true-false`: a statement that is true or false.', ['correct'], {
    correct: doc('Whether the statement is true.', [true], { type: 'boolean' }),
  }, { type: 'true-false', id: 'q-3', prompt: 'Gratifikasi selalu suap.', correct: false }),
  FillInQuestion: question('fill-in', '`fill-in`: the learner types a short answer.', ['accepted'], {
    accepted: doc('Accepted answers. Compared after trimming and folding white space; case-insensitive unless `caseSensitive`.', [[{ id: '30 hari kerja', en: '30 working days' }, '30']], list({ $ref: '#/$defs/LocalizedText' }, { minItems: 1 })),
    caseSensitive: doc('Compare answers case-sensitively. Default false.', [false], { type: 'boolean' }),
  }, { type: 'fill-in', id: 'q-4', prompt: 'Batas waktu lapor?', accepted: ['30 hari kerja'] }),
  MatchPair: object(['id', 'source', 'target'], {
    id: ref('Id', 'Id of the pair, unique in its question.', ['pair-1']),
    source: ref('LocalizedText', 'The item on the left.', [{ id: 'Parsel dari rekanan', en: 'A hamper from a contractor' }]),
    target: ref('LocalizedText', 'Its correct match on the right.', [{ id: 'Wajib dilaporkan', en: 'Must be reported' }]),
    notes: notes(),
  }, { description: 'A correct pair of a matching question.', markdownDescription: 'A correct pair of a matching question.', examples: [{ id: 'p1', source: 'Parsel', target: 'Lapor' }] }),
  MatchingQuestion: question('matching', '`matching`: the learner matches each source to a target.', ['pairs'], {
    pairs: doc('The correct pairs, at least two; targets are shown shuffled.', [[{ id: 'p1', source: 'Parsel', target: 'Lapor' }, { id: 'p2', source: 'Warisan', target: 'Tidak perlu' }]], list({ $ref: '#/$defs/MatchPair' }, { minItems: 2 })),
    scoring: scoring('How a partly right answer scores. Default `partial`.', '`partial`: credit for each right pair.', '`all-or-nothing`: credit only when every pair is right.'),
  }, { type: 'matching', id: 'q-5', prompt: 'Pasangkan.', pairs: [{ id: 'p1', source: 'A', target: '1' }, { id: 'p2', source: 'B', target: '2' }] }),
  SequenceItem: object(['id', 'text'], {
    id: ref('Id', 'Id of the item, unique in its question.', ['step-1']),
    text: ref('LocalizedText', 'The item as learners read it.', [{ id: 'Tolak pemberian', en: 'Refuse the gift' }]),
    notes: notes(),
  }, { description: 'An item of a sequencing question.', markdownDescription: 'An item of a sequencing question.', examples: [{ id: 's1', text: 'Tolak' }] }),
  SequencingQuestion: question('sequencing', '`sequencing`: the learner puts items in order; `items` is the correct order.', ['items'], {
    items: doc('The items in their correct order, at least two.', [[{ id: 's1', text: 'Tolak' }, { id: 's2', text: 'Laporkan' }]], list({ $ref: '#/$defs/SequenceItem' }, { minItems: 2 })),
    scoring: scoring('How a partly right order scores. Default `all-or-nothing`.', '`partial`: credit for each item in its right position.', '`all-or-nothing`: credit only for the whole right order.'),
  }, { type: 'sequencing', id: 'q-6', prompt: 'Urutkan.', items: [{ id: 's1', text: 'Tolak' }, { id: 's2', text: 'Laporkan' }] }),
  LikertQuestion: question('likert', '`likert`: a survey item on a scale; never scored.', ['scale'], {
    scale: doc('The scale, from one end to the other, at least two points.', [[{ id: 'disagree', text: 'Tidak setuju' }, { id: 'agree', text: 'Setuju' }]], list({ $ref: '#/$defs/Choice' }, { minItems: 2 })),
  }, { type: 'likert', id: 'survey-1', prompt: 'Materi ini jelas.', scale: [{ id: 'no', text: 'Tidak' }, { id: 'yes', text: 'Ya' }] }),
  ReflectionQuestion: question('reflection', '`reflection`: a free-text reflection; never scored, kept for the learner and the organiser.', [], {
    placeholder: ref('LocalizedText', 'A hint shown in the empty text field.', [{ id: 'Tulis pengalaman Anda…', en: 'Write about your experience…' }]),
    minLength: doc('Fewest characters accepted.', [20], { type: 'integer', minimum: 0 }),
    maxLength: doc('Most characters accepted. Keep SCORM 1.2 courses short: its suspend_data holds 4,096 characters.', [500], { type: 'integer', minimum: 1 }),
  }, { type: 'reflection', id: 'reflect-1', prompt: 'Apa yang akan Anda lakukan?' }),
  // Each registered question type's own definitions (question-types/), where the built-in ones are.
  ...QUESTION_TYPE_DEFS,
  QuestionBank: object(['id', 'questions'], {
    id: ref('Id', 'Id of the bank; assessments draw from it by id.', ['bank-basics']),
    title: ref('LocalizedText', 'A name for authors and reports.', [{ id: 'Dasar-dasar', en: 'Basics' }]),
    questions: doc('The questions of the bank.', [[{ type: 'true-false', id: 'b1', prompt: '…', correct: true }]], list({ $ref: '#/$defs/Question' }, { minItems: 1 })),
    notes: notes(),
  }, { description: 'A named pool of questions that assessments draw from.', markdownDescription: 'A named pool of questions that assessments draw from (`draw`).', examples: [{ id: 'bank-basics', questions: [{ type: 'true-false', id: 'b1', prompt: '…', correct: true }] }] }),
  BankDraw: object(['bank', 'count'], {
    bank: ref('Id', 'Id of a bank in `questionBanks`.', ['bank-basics']),
    count: doc('How many questions to draw; at most the number of questions in the bank.', [5], { type: 'integer', minimum: 1 }),
  }, { description: 'Draw count questions at random (seeded per learner) from a bank.', markdownDescription: 'Draw `count` questions at random (seeded per learner, so a resumed attempt keeps its questions) from a bank.', examples: [{ bank: 'bank-basics', count: 5 }] }),
  Assessment: object(['id', 'title', 'passingScore'], {
    id: ref('Id', 'Id of the assessment; `assessment` blocks, `completion` and `mastery` name it.', ['final-test']),
    title: ref('LocalizedText', 'Title shown above the questions.', [{ id: 'Tes akhir', en: 'Final test' }]),
    description: ref('LocalizedMarkdown', 'Instructions shown before the first question.', [{ id: 'Jawab 10 soal. Nilai lulus 80.', en: 'Answer 10 questions. Pass mark 80.' }]),
    questions: doc('Questions always asked, in order (unless `shuffle`).', [[{ type: 'true-false', id: 'f1', prompt: '…', correct: true }]], list({ $ref: '#/$defs/Question' })),
    draw: doc('Questions drawn from banks, after the fixed ones.', [[{ bank: 'bank-basics', count: 5 }]], list({ $ref: '#/$defs/BankDraw' })),
    passingScore: doc('Percent (0–100) of the weighted score needed to pass.', [80], { type: 'number', minimum: 0, maximum: 100 }),
    attempts: doc('How many attempts a learner has; 0 means unlimited. Default 0.', [3, 0], { type: 'integer', minimum: 0 }),
    shuffle: doc('Shuffle the order of questions for each attempt. Default false.', [true], { type: 'boolean' }),
    feedback: doc('When learners see feedback. Default `after-submit`.', ['after-submit'], oneOfValues([
      ['immediate', '`immediate`: feedback after each question.'],
      ['after-submit', '`after-submit`: all feedback once the attempt is submitted.'],
      ['never', '`never`: only the score.'],
    ])),
    notes: notes(),
  }, {
    description: 'A scored set of questions.',
    markdownDescription: 'A scored set of questions: fixed `questions` and/or questions drawn from banks (`draw`).',
    examples: [{ id: 'final-test', title: 'Tes akhir', passingScore: 80, attempts: 3, draw: [{ bank: 'bank-basics', count: 10 }] }],
  }),
};

/** The question branches, in the order the schema lists them (the question-type registry's). */
export const QUESTION_BRANCHES = QUESTION_SCHEMAS.map((t) => t.branch);

questionDefs.Question = {
  ...taggedUnion(QUESTION_BRANCHES, [
    { label: 'single-choice', description: 'One correct option', body: { type: 'single-choice', id: '${1:q-id}', prompt: '${2:Prompt}', choices: [{ id: 'a', text: '${3:A}' }, { id: 'b', text: '${4:B}' }], correct: 'a' } },
    { label: 'true-false', description: 'True or false', body: { type: 'true-false', id: '${1:q-id}', prompt: '${2:Statement}', correct: true } },
  ]),
  description: 'A question. Its type decides how it is answered and scored.',
  markdownDescription: `A question. Its \`type\` decides how it is answered and scored: ${QUESTION_SCHEMAS.map((t) => `\`${t.type}\``).join(', ')}.`,
  examples: [{ type: 'true-false', id: 'q-1', prompt: 'Gratifikasi selalu suap.', correct: false }],
};
