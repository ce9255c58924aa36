import { describe, expect, it } from 'vitest';
import type { HotspotQuestion } from '@coursekit/schema';
import { StatementBuilder } from '../src/statements/builder';
import { course } from './fixtures/course';
import { xapiProblems } from './validate';

const desk: HotspotQuestion = {
  id: 'kc-desk',
  type: 'hotspot',
  prompt: { id: 'Pilih yang wajib dilaporkan.', en: 'Select what must be reported.' },
  image: { src: 'assets/meja.svg', alt: { id: 'Meja kantor', en: 'An office desk' } },
  areas: [
    { id: 'parcel', label: { id: 'Parsel', en: 'A hamper' }, x: 5, y: 40, width: 25, height: 30 },
    { id: 'envelope', label: { id: 'Amplop', en: 'An envelope' }, x: 40, y: 50, width: 20, height: 15 },
    { id: 'folder', label: { id: 'Map', en: 'A folder' }, x: 70, y: 40, width: 25, height: 30 },
  ],
  correct: ['parcel', 'envelope'],
};

describe('a hotspot question in xAPI', () => {
  it('is a choice interaction whose choices are the areas, with the response in the choice pattern, valid by Learning Locker', () => {
    const builder = new StatementBuilder({ course, actor: { objectType: 'Agent', mbox: 'mailto:ana@example.go.id' }, registration: '760e3480-ba55-4991-94b0-01820dbd23a2', newId: () => '00000000-0000-4000-8000-000000000001' });
    const [statement] = builder.statementsFor({
      type: 'question-answered',
      time: Date.parse('2026-11-02T01:00:00.000Z'),
      courseId: course.id,
      question: desk,
      moduleId: 'recognise',
      pageId: 'check',
      response: { type: 'hotspot', areas: ['parcel', 'folder'] },
      correct: false,
      score: { raw: 0, min: 0, max: 1, scaled: 0 },
      latencyMs: 4250,
    });
    expect(xapiProblems(statement!)).toEqual([]);
    expect(statement!.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      description: { id: 'Pilih yang wajib dilaporkan.', en: 'Select what must be reported.' },
      interactionType: 'choice',
      choices: [
        { id: 'parcel', description: { id: 'Parsel', en: 'A hamper' } },
        { id: 'envelope', description: { id: 'Amplop', en: 'An envelope' } },
        { id: 'folder', description: { id: 'Map', en: 'A folder' } },
      ],
      correctResponsesPattern: ['parcel[,]envelope'],
    });
    expect([statement!.result!.response, statement!.result!.success]).toEqual(['parcel[,]folder', false]);
  });
});
