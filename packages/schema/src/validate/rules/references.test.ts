import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { courseHeader } from '../../../test/fixtures/header';

const course = (blocks: unknown[]) => ({ ...courseHeader(), modules: [{ id: 'm1', title: 'Modul', pages: [{ id: 'p1', title: 'Halaman', blocks }] }] });

const found = (value: unknown) => validate(JSON.stringify(value, null, 2)).map((d) => [d.code, d.pointer, d.line, d.message, d.hint]);

describe('references (CK102, CK106)', () => {
  it('reports each correct answer of a list that is not one of the options, at its place in the list', () => {
    const question = { id: 'q', type: 'multiple-response', prompt: 'Pilih', choices: [{ id: 'lapor', text: 'Lapor' }, { id: 'tolak', text: 'Tolak' }], correct: ['lapor', 'tolk', 'terima'] };
    expect(found(course([{ type: 'question', question }]))).toEqual([
      ['CK106', '/modules/0/pages/0/blocks/0/question/correct/1', 37, 'question "q": the correct answer "tolk" is not one of its options', 'did you mean "tolak"?'],
      ['CK106', '/modules/0/pages/0/blocks/0/question/correct/2', 38, 'question "q": the correct answer "terima" is not one of its options', 'expected one of "lapor", "tolak"'],
    ]);
  });

  it('reports a dialogue line whose character the course does not declare, and none for a declared one', () => {
    const dialogue = { type: 'dialogue', lines: [{ character: 'budi', text: 'Halo' }, { character: 'bdi', text: 'Halo lagi' }] };
    expect(found({ ...course([dialogue]), characters: [{ id: 'budi', name: 'Budi' }] })).toEqual([
      ['CK102', '/modules/0/pages/0/blocks/0/lines/1/character', 27, 'a dialogue line names the character "bdi", which does not exist', 'did you mean "budi"?'],
    ]);
  });
});
