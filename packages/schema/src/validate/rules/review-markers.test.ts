import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { reviewMarkers } from './review-markers';
import { courseHeader } from '../../../test/fixtures/header';

const page = (blocks: unknown[], notes?: unknown) => ({
  ...courseHeader(['id', 'en']),
  modules: [{ id: 'm1', title: 'Modul', pages: [{ id: 'p1', title: 'Halaman', blocks, ...(notes === undefined ? {} : { notes }) }] }],
});

describe('review markers in learner-facing text (CK410)', () => {
  it('finds bracketed review tags, placeholder words and filler, in order', () => {
    expect(reviewMarkers('Batasnya Rp1.000.000 [perlu ditinjau: batas nilai] TODO')).toEqual(['[perlu ditinjau: batas nilai]', 'TODO']);
    expect(reviewMarkers('[Needs Review] a [CEK] b [check: Pasal 7] c [TBD] d [draf] e FIXME f TKTK g XXX h Lorem ipsum')).toEqual(['[Needs Review]', '[CEK]', '[check: Pasal 7]', '[TBD]', '[draf]', 'FIXME', 'TKTK', 'XXX', 'Lorem ipsum']);
  });

  it('leaves Markdown links, ordinary words and lower-case todo alone', () => {
    expect(reviewMarkers('Lihat [cek status](https://example.org), cekal, [catatan], todo-list, tbd, Dokumen TODOS')).toEqual([]);
  });

  it('warns at the very text, in each language, with the place for notes as the hint', () => {
    const course = page([{ type: 'text', markdown: { id: 'Batasnya [perlu ditinjau]', en: 'The limit [needs review]' } }]);
    const diagnostics = validate(JSON.stringify(course, null, 2), { file: 'c.json' });
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer, d.line, d.column])).toEqual([
      ['CK410', 'warning', '/modules/0/pages/0/blocks/0/markdown/id', 26, 23],
      ['CK410', 'warning', '/modules/0/pages/0/blocks/0/markdown/en', 27, 23],
    ]);
    expect(diagnostics[0]).toMatchObject({
      file: 'c.json',
      message: 'learner-facing text holds a note for authors: "[perlu ditinjau]"; learners would see it',
      hint: 'move it out of the text into "notes" beside "markdown" (notes are for authors; learners never see them)',
    });
  });

  it('names the property of the nearest object that takes notes, above feedback', () => {
    const course = page([{ type: 'question', question: { id: 'q', type: 'true-false', prompt: 'P', correct: true, feedback: { correct: 'Benar. FIXME', incorrect: 'Salah.' } } }]);
    const [d] = validate(course);
    expect([d?.pointer, d?.hint]).toEqual(['/modules/0/pages/0/blocks/0/question/feedback/correct', 'move it out of the text into "notes" beside "feedback" (notes are for authors; learners never see them)']);
  });

  it('reads notes as notes: the same words there are valid and raise nothing', () => {
    const course = page([{ type: 'text', markdown: 'Halo', notes: ['[perlu ditinjau] TODO: cek Pasal 7'] }], 'TBD');
    expect(validate(course)).toEqual([]);
  });

  it('rejects notes that are neither a string nor a list of strings', () => {
    const course = page([{ type: 'text', markdown: 'Halo', notes: { id: 'x' } }]);
    expect(validate(course).map((d) => [d.code, d.pointer])).toEqual([['CK012', '/modules/0/pages/0/blocks/0/notes']]);
  });
});
