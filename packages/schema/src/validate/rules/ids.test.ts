import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { courseHeader } from '../../../test/fixtures/header';

const course = (blocks: unknown[], pages = [{ id: 'p1', title: 'Halaman', blocks }]) => ({
  ...courseHeader(),
  modules: [{ id: 'm1', title: 'Modul', pages }],
});

const question = (ids: string[]) => ({
  type: 'question',
  question: { id: 'q', type: 'multiple-response', prompt: 'Pilih', choices: ids.map((id) => ({ id, text: id })), correct: [ids[0]] },
});

const found = (value: unknown) => validate(JSON.stringify(value, null, 2)).map((d) => [d.code, d.pointer, d.line, d.message]);

describe('unique ids (CK100, CK101)', () => {
  it('reports each later use of a course-wide id, naming the line of the first', () => {
    const pages = ['a', 'b', 'a', 'a'].map((id) => ({ id, title: 'Halaman', blocks: [{ type: 'text', markdown: 'Teks' }] }));
    const diagnostics = validate(JSON.stringify(course([], pages), null, 2));
    expect(diagnostics.map((d) => [d.code, d.pointer, d.line, d.message])).toEqual([
      ['CK100', '/modules/0/pages/2/id', 36, 'page id "a" is used twice; first used on line 16'],
      ['CK100', '/modules/0/pages/3/id', 46, 'page id "a" is used twice; first used on line 16'],
    ]);
  });

  it('reports an option id used twice in a short list against its first use', () => {
    expect(found(course([question(['x', 'y', 'x', 'y', 'x'])]))).toEqual([
      ['CK101', '/modules/0/pages/0/blocks/0/question/choices/2/id', 35, 'question "q": "choices" has the id "x" twice; first used on line 27'],
      ['CK101', '/modules/0/pages/0/blocks/0/question/choices/3/id', 39, 'question "q": "choices" has the id "y" twice; first used on line 31'],
      ['CK101', '/modules/0/pages/0/blocks/0/question/choices/4/id', 43, 'question "q": "choices" has the id "x" twice; first used on line 27'],
    ]);
  });

  it('does the same in a long list of options', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `c${i}`);
    ids[25] = 'c3';
    ids[29] = 'c3';
    const diagnostics = validate(JSON.stringify(course([question(ids)]), null, 2));
    expect(diagnostics.map((d) => [d.code, d.pointer, d.line, d.message])).toEqual([
      ['CK101', '/modules/0/pages/0/blocks/0/question/choices/25/id', 127, 'question "q": "choices" has the id "c3" twice; first used on line 39'],
      ['CK101', '/modules/0/pages/0/blocks/0/question/choices/29/id', 143, 'question "q": "choices" has the id "c3" twice; first used on line 39'],
    ]);
  });
});
