import { describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import { splitCourse } from './split';

const both = (id: string, en: string) => ({ id, en });

/** One page with a text and a knowledge check, and a scenario choice node placed on it. */
const course = {
  schemaVersion: '1.0',
  id: 'split',
  version: '1.0.0',
  title: both('Kursus', 'Course'),
  languages: ['id', 'en'],
  defaultLanguage: 'id',
  modules: [
    {
      id: 'm1',
      title: both('Modul', 'Module'),
      pages: [
        {
          id: 'p1',
          title: both('Halaman', 'Page'),
          blocks: [
            { type: 'text', markdown: both('Teks', 'Text') },
            {
              type: 'question',
              question: {
                id: 'q1',
                type: 'single-choice',
                prompt: both('Boleh diterima?', 'May it be accepted?'),
                choices: [{ id: 'a', text: both('Ya', 'Yes'), correct: false }, { id: 'b', text: both('Tidak', 'No'), correct: true }],
                feedback: { correct: both('Benar', 'Right'), incorrect: both('Salah', 'Wrong') },
              },
            },
            { type: 'scenario', scenario: 's1' },
          ],
        },
      ],
    },
  ],
  scenarios: [
    {
      id: 's1',
      title: both('Skenario', 'Scenario'),
      start: 'n1',
      nodes: [
        { id: 'n1', type: 'choice', prompt: both('Apa yang Bapak lakukan?', 'What do you do?'), choices: [{ id: 'c1', text: both('Tolak', 'Refuse'), feedback: both('Bagus', 'Good'), next: 'e1' }] },
        { id: 'e1', type: 'ending', outcome: 'success', title: both('Selesai', 'Done'), debrief: both('Ringkasan', 'Summary') },
      ],
    },
  ],
} as unknown as ResolvedCourse;

const part = (split: ReturnType<typeof splitCourse>, language: string) => JSON.parse(split.parts.find((p) => p.languages.includes(language))!.data) as Record<string, unknown>;

describe('splitCourse', () => {
  it('puts only its language in each part', () => {
    const id = part(splitCourse(course), 'id');
    expect(id['/modules/0/pages/0/blocks/1/question/prompt']).toEqual({ id: 'Boleh diterima?' });
    expect(id['/scenarios/0/nodes/0/choices/0/text']).toEqual({ id: 'Tolak' });
  });

  it('for a target that sends statements, keeps what an activity definition names in every language, and the rest in its own', () => {
    const split = splitCourse(course, { statements: true });
    expect(split.parts.map((p) => p.languages)).toEqual([['id'], ['en']]);
    expect(part(split, 'id')).toEqual({
      '/modules/0/pages/0/blocks/0/markdown': { id: 'Teks' },
      '/modules/0/pages/0/blocks/1/question/prompt': both('Boleh diterima?', 'May it be accepted?'),
      '/modules/0/pages/0/blocks/1/question/choices/0/text': both('Ya', 'Yes'),
      '/modules/0/pages/0/blocks/1/question/choices/1/text': both('Tidak', 'No'),
      '/modules/0/pages/0/blocks/1/question/feedback/correct': { id: 'Benar' },
      '/modules/0/pages/0/blocks/1/question/feedback/incorrect': { id: 'Salah' },
      '/scenarios/0/nodes/0/prompt': both('Apa yang Bapak lakukan?', 'What do you do?'),
      '/scenarios/0/nodes/0/choices/0/text': both('Tolak', 'Refuse'),
      '/scenarios/0/nodes/0/choices/0/feedback': { id: 'Bagus' },
      '/scenarios/0/nodes/1/title': both('Selesai', 'Done'),
      '/scenarios/0/nodes/1/debrief': { id: 'Ringkasan' },
    });
  });
});
