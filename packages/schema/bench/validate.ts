/**
 * Schema benchmark: validate() on a generated course of 5,000 blocks (JSON Schema with the
 * precompiled validator, every semantic check, source positions), as a ratio to JSON.parse of the
 * same text measured in the same run. Compiling the schema with Ajv (what the build does once; the
 * learner's browser never does) and the first, cold validate() are reported apart.
 *
 * Run: pnpm --filter @coursekit/schema bench
 */
import { performance } from 'node:perf_hooks';
import { validate } from '../src/index';
import { compileCourseSchema } from '../src/schema/source/outputs';

const BLOCKS = 5_000;
const PAGES_PER_MODULE = 10;
const BLOCKS_PER_PAGE = 10;

const t = (id: string, en: string) => ({ id, en });

/** One of ten kinds of block, in turn, so that every rule has something to check. */
function block(n: number): unknown {
  switch (n % 10) {
    case 0: return { type: 'heading', level: 2, text: t(`Bagian ${n}`, `Section ${n}`) };
    case 1: return { type: 'text', markdown: t(`Paragraf **${n}** tentang gratifikasi dan [aturannya](https://example.org/${n}).`, `Paragraph **${n}** on gratification and [its rules](https://example.org/${n}).`) };
    case 2: return { type: 'image', src: `assets/images/picture-${n}.webp`, alt: t(`Gambar ${n}`, `Picture ${n}`) };
    case 3: return { type: 'callout', variant: 'legal', title: t('Pasal 12B', 'Article 12B'), markdown: t('Laporkan dalam 30 hari kerja.', 'Report within 30 working days.') };
    case 4: return { type: 'accordion', items: [{ title: t('Wajib', 'Must'), markdown: t('Uang, barang.', 'Money, goods.') }, { title: t('Tidak wajib', 'Need not'), markdown: t('Hadiah keluarga.', 'Family gifts.') }] };
    case 5: return { type: 'dialogue', lines: [{ character: 'budi', text: t('Ini untuk Bapak.', 'This is for you.'), mood: 'happy' }, { character: 'sari', text: t('Maaf, saya tidak bisa menerimanya.', 'Sorry, I cannot accept it.') }] };
    case 6: return { type: 'question', question: { type: 'single-choice', id: `q-${n}`, prompt: t(`Pertanyaan ${n}?`, `Question ${n}?`), choices: [{ id: 'a', text: t('Laporkan', 'Report it') }, { id: 'b', text: t('Simpan', 'Keep it') }, { id: 'c', text: t('Bagikan', 'Share it') }], correct: 'a', feedback: { correct: t('Benar.', 'Right.'), incorrect: t('Belum tepat.', 'Not quite.') } } };
    case 7: return { type: 'question', question: { type: 'matching', id: `q-${n}`, prompt: t('Pasangkan.', 'Match them.'), pairs: [{ id: 'p1', source: t('Parsel', 'Hamper'), target: t('Lapor', 'Report') }, { id: 'p2', source: t('Makan siang keluarga', 'Family lunch'), target: t('Tidak perlu', 'No need') }] } };
    case 8: return { type: 'cards', style: 'flip', cards: [{ front: t('Mitos?', 'Myth?'), back: t('Fakta.', 'Fact.') }, { front: t('Kecil boleh?', 'Small is fine?'), back: t('Tidak.', 'No.') }] };
    default: return { type: 'tabs', tabs: [{ title: t('UU', 'Law'), markdown: t('UU 20/2001.', 'Law 20/2001.') }, { title: t('PP', 'Regulation'), markdown: t('PP 94/2021.', 'Regulation 94/2021.') }] };
  }
}

function generatedCourse(): string {
  const modules = [];
  let n = 0;
  for (let m = 0; n < BLOCKS; m++) {
    const pages = [];
    for (let p = 0; p < PAGES_PER_MODULE && n < BLOCKS; p++) {
      const blocks = [];
      for (let b = 0; b < BLOCKS_PER_PAGE && n < BLOCKS; b++) blocks.push(block(n++));
      pages.push({ id: `page-${m}-${p}`, title: t(`Halaman ${m}.${p}`, `Page ${m}.${p}`), blocks });
    }
    modules.push({ id: `module-${m}`, title: t(`Modul ${m}`, `Module ${m}`), pages });
  }
  const course = {
    $schema: '../course.schema.json',
    schemaVersion: '1.0',
    id: 'benchmark-course',
    version: '1.0.0',
    title: t('Kursus uji', 'Benchmark course'),
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    characters: [{ id: 'budi', name: 'Budi' }, { id: 'sari', name: 'Sari' }],
    modules,
    completion: { pagesViewed: 100 },
  };
  // Pretty-printed, as an author's file is: positions are looked up in this text.
  return JSON.stringify(course, null, 2);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const text = generatedCourse();
const blockCount = (text.match(/"type": "(heading|text|image|callout|accordion|dialogue|question|cards|tabs)",\n\s+"(level|markdown|src|variant|items|lines|question|style|tabs)"/g) ?? []).length;

const compileStart = performance.now();
compileCourseSchema();
const compileMs = performance.now() - compileStart;

const coldStart = performance.now();
const diagnostics = validate(text, { file: 'benchmark.course.json' });
const coldMs = performance.now() - coldStart;
if (diagnostics.length > 0) {
  console.error(diagnostics.slice(0, 5));
  throw new Error(`the generated course should be valid; it has ${diagnostics.length} problems`);
}

// One broken block per page: every error found, with its line and column.
const broken = text.replace(/"variant": "legal"/g, '"variant": "legl"');
const brokenCount = validate(broken).length;

// Rounds interleave the baseline with each case, and each ratio is the median of the rounds'
// ratios: a machine busy with something else slows both sides of a ratio alike.
const rounds = 15;
const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
for (let i = 0; i < 3; i++) {
  JSON.parse(text);
  validate(text);
  validate(broken);
}
const parseTimes: number[] = [];
const validTimes: number[] = [];
const brokenTimes: number[] = [];
const validRatios: number[] = [];
const brokenRatios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const before = median([0, 1, 2].map(() => time(() => JSON.parse(text))));
  const valid = time(() => validate(text, { file: 'benchmark.course.json' }));
  const errors = time(() => validate(broken, { file: 'benchmark.course.json' }));
  const after = median([0, 1, 2].map(() => time(() => JSON.parse(text))));
  const baseline = (before + after) / 2;
  parseTimes.push(baseline);
  validTimes.push(valid);
  brokenTimes.push(errors);
  validRatios.push(valid / baseline);
  brokenRatios.push(errors / baseline);
}
const parseMs = median(parseTimes);
const validateMs = median(validTimes);
const brokenMs = median(brokenTimes);

const kib = (Buffer.byteLength(text) / 1024).toFixed(0);
console.log(`\n@coursekit/schema validate(), a generated course of ${BLOCKS} blocks (${blockCount} counted in the text), ${kib} KiB, Node ${process.version}`);
console.log(`  JSON.parse of the same text : ${parseMs.toFixed(2)} ms (median of ${rounds} rounds, each the median of 3 before and 3 after)`);
console.log(`  validate(), valid course    : ${validateMs.toFixed(2)} ms (median of ${rounds}) = ${median(validRatios).toFixed(1)}x JSON.parse (median of the rounds' ratios)`);
console.log(`  validate(), ${brokenCount} errors      : ${brokenMs.toFixed(2)} ms = ${median(brokenRatios).toFixed(1)}x JSON.parse`);
console.log(`  first validate() (cold)     : ${coldMs.toFixed(2)} ms`);
console.log(`  compiling the schema (Ajv, build time only; the browser runs precompiled code): ${compileMs.toFixed(0)} ms`);
if (blockCount !== BLOCKS || brokenCount !== BLOCKS / 10) process.exitCode = 1;
