import { describe, expect, it } from 'vitest';
import type { LearningEvent } from '@coursekit/engine';
import { course } from '../../test/fixtures/course';
import { firstSession, resumedSession } from '../../test/fixtures/events';
import { xapiProblems } from '../../test/validate';
import { ACTIVITY_TYPE, CMI5, EXTENSION, VERB } from '../vocabulary';
import { StatementBuilder } from './builder';
import type { Statement } from './types';

const actor = { objectType: 'Agent' as const, name: 'Ana Wijaya', account: { homePage: 'https://lms.example.go.id', name: 'ASN-1987' } };
const registration = '760e3480-ba55-4991-94b0-01820dbd23a2';
const BASE = 'urn:coursekit:gratuity-basics';

function build(events: LearningEvent[], options: Partial<ConstructorParameters<typeof StatementBuilder>[0]> = {}): Statement[] {
  let n = 0;
  const builder = new StatementBuilder({ course, actor, registration, organisationUnit: 'Inspektorat Jenderal', newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, ...options });
  return events.flatMap((e) => builder.statementsFor(e));
}

const find = (all: Statement[], verb: string, objectId: string) => all.filter((s) => s.verb.id === verb && s.object.id === objectId);

describe('statements built from learning events', () => {
  const all = build(firstSession());

  it('passes Learning Locker\u2019s validator, every one', () => {
    expect(all.map((s) => ({ verb: s.verb.id, object: s.object.id, problems: xapiProblems(s) })).filter((r) => r.problems.length)).toEqual([]);
    // 32 events; a language change is not a statement.
    expect(all).toHaveLength(31);
  });

  it('gives each statement its own UUID and the event\u2019s time', () => {
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(all[0]!.timestamp).toBe('2026-11-02T01:00:00.000Z');
    expect(all[1]!.timestamp).toBe('2026-11-02T01:00:07.000Z');
  });

  it('names a page with its module as parent and the course as grouping, with the progress in percent', () => {
    const [welcome] = find(all, VERB.experienced, `${BASE}/page/welcome`);
    expect(welcome!.object.definition).toEqual({ type: ACTIVITY_TYPE.page, name: { id: 'Selamat datang', en: 'Welcome' } });
    expect(welcome!.result).toEqual({ extensions: { [CMI5.progress]: 25 } });
    expect(welcome!.context).toEqual({
      registration,
      platform: 'CourseKit',
      language: 'id',
      revision: '1.2.0',
      contextActivities: {
        parent: [{ objectType: 'Activity', id: `${BASE}/module/recognise`, definition: { type: ACTIVITY_TYPE.module, name: { id: 'Mengenali', en: 'Recognise' } } }],
        grouping: [{ objectType: 'Activity', id: BASE, definition: { type: ACTIVITY_TYPE.course } }],
      },
      extensions: { 'https://example.go.id/xapi/ext/agency': 'Inspektorat Jenderal' },
    });
  });

  it('describes each question type as its xAPI interaction, with the response in the xAPI format', () => {
    const answers = all.filter((s) => s.verb.id === VERB.answered && s.object.id.includes('/question/')).slice(0, 8);
    expect(answers.map((s) => [s.object.definition!.interactionType, s.object.definition!.correctResponsesPattern, s.result!.response, s.result!.success])).toEqual([
      ['choice', ['d30'], 'd7', false],
      ['choice', ['parcel[,]ticket'], 'parcel[,]ticket', true],
      ['true-false', ['true'], 'true', true],
      ['fill-in', ['KPK', '{lang=id}Komisi Pemberantasan Korupsi', '{lang=en}Corruption Eradication Commission'], 'kpk', true],
      ['matching', ['upg[.]upg[,]kpk[.]kpk'], 'upg[.]kpk[,]kpk[.]upg', false],
      ['sequencing', ['receive[,]form[,]submit'], 'receive[,]form[,]submit', true],
      ['likert', undefined, 'mid', undefined],
      ['long-fill-in', undefined, 'I will refuse, and report within 30 working days.', undefined],
    ]);
    const matching = answers[4]!.object.definition!;
    expect(matching.source).toEqual([
      { id: 'upg', description: { id: 'UPG', en: 'UPG' } },
      { id: 'kpk', description: { id: 'KPK', en: 'KPK' } },
    ]);
    expect(matching.target![1]).toEqual({ id: 'kpk', description: { id: 'Menetapkan status gratifikasi', en: 'Decides the status of a gratuity' } });
    expect(answers[0]!.result).toEqual({ response: 'd7', duration: 'PT4.25S', success: false, score: { scaled: 0, raw: 0, min: 0, max: 1 } });
    expect(answers[0]!.object.definition!.choices![1]).toEqual({ id: 'd30', description: { id: '30 hari kerja', en: '30 working days' } });
  });

  it('switches context.language when the learner changes language', () => {
    const answers = all.filter((s) => s.verb.id === VERB.answered && s.object.id.includes('/question/'));
    expect(answers.map((s) => s.context!.language).slice(5, 8)).toEqual(['id', 'id', 'en']);
  });

  it('files an assessment answer under its assessment, with the attempt', () => {
    const inQuiz = find(all, VERB.answered, `${BASE}/question/deadline`)[2]!;
    expect(inQuiz.context!.contextActivities!.parent!.map((a) => a.id)).toEqual([`${BASE}/assessment/final`]);
    expect(inQuiz.context!.extensions![EXTENSION.attempt]).toBe(2);
    expect(inQuiz.result).toEqual({ response: 'd30', duration: 'PT4.25S', success: true, score: { scaled: 1, raw: 1, min: 0, max: 1 } });
  });

  it('records a scenario decision with the choice taken, its text, the prompt, the variables and the choices offered', () => {
    const [door] = find(all, VERB.answered, `${BASE}/scenario/parcel/node/door`);
    expect(door!.result).toEqual({
      response: 'accept',
      duration: 'PT6.1S',
      extensions: { [EXTENSION.choice]: { id: 'accept', text: 'Accept the parcel', prompt: 'Pak Budi holds out a parcel.' } },
    });
    expect(door!.object.definition!.description).toEqual({ id: 'Pak Budi menyodorkan parsel.', en: 'Pak Budi holds out a parcel.' });
    expect(door!.object.definition!.choices!.map((c) => c.id)).toEqual(['accept', 'refuse']);
    expect(door!.context!.contextActivities!.parent![0]!.definition!.type).toBe(ACTIVITY_TYPE.simulation);
    expect(door!.context!.contextActivities!.other).toEqual([
      { objectType: 'Activity', id: `${BASE}/scenario/parcel/node/door/choice/accept`, definition: { type: ACTIVITY_TYPE.choice, name: { id: 'Terima parselnya', en: 'Accept the parcel' } } },
    ]);
    expect(door!.context!.extensions).toEqual({
      [EXTENSION.run]: 1,
      [EXTENSION.variables]: { integrity: 20 },
      [EXTENSION.offered]: ['accept', 'refuse'],
      'https://example.go.id/xapi/ext/agency': 'Inspektorat Jenderal',
    });
  });

  it('records a scenario ending with its id, outcome, title, score and path', () => {
    const [ended] = find(all, VERB.completed, `${BASE}/scenario/parcel`);
    expect(ended!.result).toEqual({
      score: { scaled: 0.6, raw: 60, min: 0, max: 100 },
      success: true,
      completion: true,
      duration: 'PT21S',
      extensions: {
        [EXTENSION.ending]: { id: 'partial', outcome: 'partial', title: { id: 'Terlambat tapi benar', en: 'Late but right' } },
        [EXTENSION.path]: ['accept', 'report'],
      },
    });
  });

  it('sends the course verdicts on the course activity with score and passing score, and the certificate number on the pass that earned it', () => {
    const verdicts = all.filter((s) => s.object.id === BASE).map((s) => [s.verb.id.split('/').pop(), s.result?.success ?? null, s.result?.score?.scaled ?? null]);
    expect(verdicts).toEqual([
      ['initialized', null, null],
      ['failed', false, 0.5],
      ['completed', null, null],
      ['passed', true, 1],
    ]);
    expect(find(all, VERB.passed, BASE)[0]!.result!.extensions).toEqual({ [EXTENSION.certificate]: 'IR-B6DF-FYLL-B', [EXTENSION.passingScore]: 80 });
    expect(find(all, VERB.failed, BASE)[0]!.result!.extensions).toEqual({ [EXTENSION.passingScore]: 80 });
    expect(find(all, VERB.completed, BASE)[0]!.result!.extensions).toBeUndefined();
  });

  it('puts the certificate number on the course completed statement when completing earned it', () => {
    const [completed] = build([{ type: 'course-completed', time: Date.parse('2026-11-02T01:00:00Z'), courseId: course.id, durationMs: 1000, certificateId: 'IR-B6DF-FYLL-B' }]);
    expect(completed!.result).toEqual({ completion: true, duration: 'PT1S', extensions: { [EXTENSION.certificate]: 'IR-B6DF-FYLL-B' } });
  });

  it('leaves out scenario choices when the course says tracking.scenarioChoices: false', () => {
    const quiet = build(firstSession(), { course: { ...course, tracking: { ...course.tracking, scenarioChoices: false } } });
    expect(quiet.filter((s) => s.object.id.includes('/node/'))).toEqual([]);
    expect(quiet).toHaveLength(29);
  });

  it('uses tracking.activityId as the base, and the default organisation extension when the course names none', () => {
    const custom = build(firstSession().slice(0, 2), { course: { ...course, tracking: { activityId: 'https://learn.example.go.id/xapi/gratuity/' } } });
    expect(custom.map((s) => s.object.id)).toEqual(['https://learn.example.go.id/xapi/gratuity', 'https://learn.example.go.id/xapi/gratuity/page/welcome']);
    expect(custom[1]!.context!.extensions).toEqual({ [EXTENSION.organisationUnit]: 'Inspektorat Jenderal' });
  });

  it('resumes with a resumed statement naming the page', () => {
    const [resumed, page] = build(resumedSession());
    expect([resumed!.verb.id, resumed!.context!.extensions![EXTENSION.page], resumed!.context!.language]).toEqual([VERB.resumed, `${BASE}/page/quiz`, 'en']);
    expect(page!.context!.contextActivities!.parent![0]!.id).toBe(`${BASE}/module/act`);
    expect(xapiProblems(resumed)).toEqual([]);
  });
});
