/**
 * The course of 5,000 blocks the validation benchmarks read: 500 pages in 50 modules, ten kinds of
 * block in turn, every text in two languages, pretty-printed. Shared by bench/validate.ts and
 * packages/cli/bench/commands.ts.
 */
export const BLOCKS = 5_000;
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

export function generatedCourse(): string {
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
