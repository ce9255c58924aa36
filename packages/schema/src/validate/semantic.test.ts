import { describe, expect, it } from 'vitest';
import { courseHeader } from '../../test/fixtures/header';
import { coreSchema } from '../schema/generated/core-schema';
import { semanticIssues, textsToCheck } from './semantic';
import { indexCourseCountingColons } from './walk';

describe('textsToCheck', () => {
  it('lists only the texts a rule could report, and the rules report the same problems as with every text listed', () => {
    const text = (markdown: unknown) => ({ type: 'text', markdown });
    const course = {
      ...courseHeader(['id', 'en']),
      modules: [
        {
          id: 'm1',
          title: { id: 'Modul', en: 'Module' },
          pages: [
            {
              id: 'p1',
              title: 'Halaman [cek]',
              blocks: [
                text({ id: 'Teks', en: 'Text' }),
                text({ id: 'Hanya bahasa Indonesia' }),
                text({ id: 'Teks', en: 'Text', fr: 'Texte' }),
                text({ id: 'Batas Rp1.000.000 TODO', en: 'Limit' }),
                text('Sama dalam dua bahasa'),
                text(42),
              ],
            },
          ],
        },
      ],
    };
    const all = indexCourseCountingColons(course).index;
    const some = indexCourseCountingColons(course, coreSchema, { texts: textsToCheck(course) }).index;
    expect(some.get('LocalizedText')?.map((t) => [t.pointer, t.value])).toEqual([['/modules/0/pages/0/title', 'Halaman [cek]']]);
    expect(some.get('LocalizedMarkdown')?.map((t) => t.pointer)).toEqual(['/modules/0/pages/0/blocks/1/markdown', '/modules/0/pages/0/blocks/2/markdown', '/modules/0/pages/0/blocks/3/markdown']);
    expect(all.get('LocalizedMarkdown')).toHaveLength(6);
    const issues = semanticIssues(course, some);
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([
      ['CK400', '/modules/0/pages/0/blocks/1/markdown'],
      ['CK401', '/modules/0/pages/0/blocks/2/markdown/fr'],
      ['CK410', '/modules/0/pages/0/title'],
      ['CK410', '/modules/0/pages/0/blocks/3/markdown/id'],
    ]);
    expect(issues).toEqual(semanticIssues(course, all));
  });
});
