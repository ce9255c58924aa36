import { describe, expect, it } from 'vitest';
import { StatementBuilder } from '../src/statements/builder';
import { course } from './fixtures/course';
import { xapiProblems } from './validate';
import { deskQuestion as desk } from '../../../test/fixtures/hotspot-desk';

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
      description: { id: 'Pilih semua yang wajib dilaporkan di meja ini.', en: 'Select everything on this desk that must be reported.' },
      interactionType: 'choice',
      choices: [
        { id: 'parcel', description: { id: 'Parsel dari rekanan', en: 'A hamper from a contractor' } },
        { id: 'envelope', description: { id: 'Amplop berisi uang', en: 'An envelope of cash' } },
        { id: 'folder', description: { id: 'Map dokumen dinas', en: 'A folder of official papers' } },
      ],
      correctResponsesPattern: ['parcel[,]envelope'],
    });
    expect([statement!.result!.response, statement!.result!.success]).toEqual(['parcel[,]folder', false]);
  });
});
