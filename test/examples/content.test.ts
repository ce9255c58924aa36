import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, loadExampleCourse, readExample } from './load';

/** Fields that hold learner-facing text (LocalizedText / LocalizedMarkdown) in the course format. */
const TEXT_FIELDS = new Set(['title', 'description', 'name', 'role', 'alt', 'caption', 'markdown', 'text', 'prompt', 'feedback', 'correct', 'incorrect', 'partial', 'label', 'front', 'back', 'debrief', 'issuer', 'placeholder', 'source', 'target']);
/** Where a field of that name is not localized text: Author.name and signatory.name are plain strings; `correct` is also an answer key. */
const PLAIN_PARENTS = new Set(['authors', 'signatory']);
/** Fields that are ids or settings under these parents: a scenario variable's `name`, an assessment's `feedback` mode. */
const NOT_TEXT: Record<string, string> = { variables: 'name', assessments: 'feedback' };

interface Text {
  pointer: string;
  value: unknown;
}

/** Every value at a text field, with its JSON pointer. */
function texts(node: unknown, pointer = '', parent = ''): Text[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => texts(item, `${pointer}/${i}`, parent));
  if (!node || typeof node !== 'object') return [];
  const found: Text[] = [];
  for (const [key, value] of Object.entries(node)) {
    const here = `${pointer}/${key}`;
    const isText = TEXT_FIELDS.has(key) && !PLAIN_PARENTS.has(parent) && NOT_TEXT[parent] !== key && !(key === 'correct' && (typeof value !== 'object' || Array.isArray(value)));
    const isFeedbackMap = key === 'feedback' && value && typeof value === 'object' && !('id' in value && 'en' in value);
    if (isText && !isFeedbackMap && (typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value) && !('markdown' in value)))) {
      found.push({ pointer: here, value });
    } else {
      found.push(...texts(value, here, Array.isArray(node) ? parent : key));
    }
  }
  return found;
}

const exampleFiles = (dir: string): string[] =>
  readdirSync(join(examplesDir, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f));

describe('example courses are written in Indonesian and English', () => {
  const files = [...exampleFiles('integrity-ranger'), ...exampleFiles('literasi-gratifikasi')];

  it.each(files)('%s: every learner-facing text has an "id" and an "en" version, neither empty', (file) => {
    const complete = (value: unknown): boolean => {
      if (!value || typeof value !== 'object') return false;
      const { id, en } = value as Record<string, unknown>;
      return typeof id === 'string' && typeof en === 'string' && id.trim() !== '' && en.trim() !== '';
    };
    const missing = texts(readExample(file))
      .filter(({ value }) => !complete(value))
      .map(({ pointer }) => pointer);
    expect(missing).toEqual([]);
  });
});

describe('example courses for civil servants address the learner as "Bapak/Ibu", as the player does', () => {
  const files = [...exampleFiles('integrity-ranger'), ...exampleFiles('literasi-gratifikasi')];

  // Characters' own lines in a dialogue speak as those people would ("Kamu bikin repot…"); the course's voice does not.
  it.each(files)('%s: no Indonesian text in the course\'s own voice says "Anda", "kamu" or "Saudara"', (file) => {
    const other = texts(readExample(file))
      .filter(({ pointer }) => !/\/lines\/\d+\/text$/.test(pointer))
      .filter(({ value }) => typeof (value as { id?: unknown })?.id === 'string' && /\b(Anda|anda|[Kk]amu|Saudara)\b/.test((value as { id: string }).id))
      .map(({ pointer }) => pointer);
    expect(other).toEqual([]);
  });
});

describe('Integrity Ranger content', () => {
  const course = loadExampleCourse('integrity-ranger/course.json');

  it('declares recurring characters who speak in more than one scenario', () => {
    const speakers = (id: string): Set<string> => {
      const s = course.scenarios!.find((x) => x.id === id)!;
      return new Set(s.nodes.flatMap((n) => [...(n.type === 'dialogue' ? n.lines.map((l) => l.character) : []), ...(n.type === 'choice' && n.character ? [n.character] : [])]));
    };
    const appearances = (character: string): number => course.scenarios!.filter((s) => speakers(s.id).has(character)).length;
    expect(course.characters?.map((c) => c.id)).toEqual(['budi', 'sari', 'rina', 'dedi', 'hendra']);
    expect(appearances('budi')).toBe(3);
    expect(appearances('sari')).toBe(2);
    expect(appearances('rina')).toBe(2);
  });

  it('cites UU 31/1999 jo. UU 20/2001, Pasal 12B and 12C, 30 hari kerja, UPG and KPK on the legal pages', () => {
    const module1 = JSON.stringify(course.modules[0]);
    for (const needle of ['UU No. 31 Tahun 1999', 'UU No. 20 Tahun 2001', 'Pasal 12B ayat (1)', 'Pasal 12C', '30 hari kerja', 'Unit Pengendalian Gratifikasi (UPG)', 'Komisi Pemberantasan Korupsi (KPK)', 'Peraturan KPK No. 2 Tahun 2019']) {
      expect(module1, needle).toContain(needle);
    }
  });

  it('uses question types of every scored kind in its knowledge checks and banks', () => {
    const types = new Set(JSON.stringify(course).match(/"type":"(single-choice|multiple-response|true-false|fill-in|matching|sequencing|likert|reflection)"/g));
    expect(types.size).toBe(8);
  });

  it('keeps every asset it references, each SVG under 2 KB and each job aid under 8 KB, and an alt text on every image', () => {
    const refs = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.src === 'string') {
        refs.add(record.src);
        expect(record.alt ?? record.title, `alt of ${record.src}`).toBeTruthy();
      }
      Object.values(record).forEach(walk);
    };
    walk(course);
    for (const src of refs) {
      const size = statSync(join(examplesDir, 'integrity-ranger', src)).size;
      expect(size, src).toBeLessThan(src.endsWith('.svg') ? 2048 : 8192);
    }
    // 13 scenes, portraits and the logo; 9 expressions; 5 module openers, 5 scenario intros, 3 ending pictures;
    // the certificate's signature and stamp; 2 job aids.
    expect([...refs].filter((r) => r.endsWith('.svg')).length).toBe(37);
    expect([...refs].filter((r) => !r.endsWith('.svg')).sort()).toEqual(['assets/tolak-catat-laporkan.en.html', 'assets/tolak-catat-laporkan.id.html']);
  });

  it('ships an embed course for parcel-lebaran that matches the scenario in the course', () => {
    const script = join(examplesDir, 'integrity-ranger/scripts/embed-course.mjs');
    expect(execFileSync(process.execPath, [script, 'parcel-lebaran', '--check'], { encoding: 'utf8' })).toContain('is up to date');
    const embed = readExample<{ scenarios: unknown[] }>('integrity-ranger/parcel-lebaran.course.json');
    expect(embed.scenarios[0]).toEqual(course.scenarios!.find((s) => s.id === 'parcel-lebaran'));
  });
});

describe('literasi-gratifikasi micro cards', () => {
  const course = loadExampleCourse('literasi-gratifikasi/course.json');
  const block = course.modules[0]!.pages[0]!.blocks[0]!;

  it('is one micro-card deck of 6 to 10 cards, each with an id and an image with alt text in both languages', () => {
    expect(block).toMatchObject({ type: 'cards', style: 'micro', id: 'kartu-gratifikasi' });
    if (block.type !== 'cards') throw new Error('not a cards block');
    expect(block.cards.length).toBeGreaterThanOrEqual(6);
    expect(block.cards.length).toBeLessThanOrEqual(10);
    for (const card of block.cards) {
      expect(card.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(card.image?.alt).toMatchObject({ id: expect.any(String), en: expect.any(String) });
      expect(statSync(join(examplesDir, 'literasi-gratifikasi', card.image!.src)).size).toBeLessThan(1024);
    }
  });

  it('keeps each card short enough to read at a glance (at most 320 characters a side)', () => {
    if (block.type !== 'cards') throw new Error('not a cards block');
    for (const card of block.cards) {
      for (const side of [card.front, card.back]) {
        for (const text of Object.values(side as Record<string, string>)) expect(text.length, card.id).toBeLessThanOrEqual(320);
      }
    }
  });
});
