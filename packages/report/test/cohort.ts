import type { Statement } from '../src/statement';
import { ACTIVITY_TYPE, VERB } from '../src/vocabulary';

/** Builds statements shaped as @coursekit/xapi sends them, for a small course, so tests can state exact figures. */
export const COURSE = 'https://example.go.id/xapi/integrity-ranger';
export const AGENCY = 'https://example.go.id/xapi/ext/agency';
export const CERTIFICATE = 'https://coursekit.dev/xapi/ext/certificate';

let clock = Date.parse('2026-11-02T01:00:00Z');
let counter = 0;

export function resetClock(): void {
  clock = Date.parse('2026-11-02T01:00:00Z');
  counter = 0;
}

export interface Person {
  email: string;
  name: string;
  agency: string;
}

function base(person: Person, verb: string, object: Statement['object'], extra: Partial<Statement> = {}): Statement {
  clock += 60_000;
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    actor: { objectType: 'Agent', name: person.name, mbox: `mailto:${person.email}` },
    verb: { id: verb, display: { en: verb.split('/').pop() as string } },
    object,
    timestamp: new Date(clock).toISOString(),
    ...extra,
    context: {
      registration: '6f1f7c1e-1f7a-4c55-9b0e-0c6b6c8f0a01',
      contextActivities: { grouping: [{ id: COURSE }] },
      extensions: { [AGENCY]: person.agency },
      ...extra.context,
    },
  };
}

const course = { objectType: 'Activity' as const, id: COURSE, definition: { type: ACTIVITY_TYPE.course, name: { id: 'Penjaga Integritas', en: 'Integrity Ranger' } } };

export const initialized = (p: Person) => base(p, VERB.initialized, course);
export const terminated = (p: Person, duration: string) => base(p, VERB.terminated, course, { result: { duration } });
export const completed = (p: Person) => base(p, VERB.completed, course, { result: { completion: true } });
export const passed = (p: Person, scaled: number, certificate?: string) =>
  base(p, VERB.passed, course, { result: { success: true, score: { scaled }, ...(certificate ? { extensions: { [CERTIFICATE]: certificate } } : {}) } });

/** The earned statement @coursekit/xapi sends after the passed statement that issued a certificate. */
export const earned = (p: Person, certificate: string) =>
  base(p, VERB.earned, { objectType: 'Activity', id: `${COURSE}/certificate`, definition: { type: ACTIVITY_TYPE.certificate, name: { id: 'Sertifikat Penjaga Integritas', en: 'Integrity Ranger certificate' } } }, {
    result: { extensions: { [CERTIFICATE]: certificate } },
    context: { contextActivities: { parent: [{ id: COURSE }] } },
  });
export const failed = (p: Person, scaled: number) => base(p, VERB.failed, course, { result: { success: false, score: { scaled } } });

export const page = (p: Person, id: string, name: string) =>
  base(p, VERB.experienced, { objectType: 'Activity', id: `${COURSE}/page/${id}`, definition: { type: ACTIVITY_TYPE.page, name: { en: name, id: name } } });

const parcelQuestion = {
  objectType: 'Activity' as const,
  id: `${COURSE}/question/parcel-rule`,
  definition: {
    type: ACTIVITY_TYPE.interaction,
    name: { id: 'Batas waktu lapor', en: 'Reporting deadline' },
    interactionType: 'choice',
    correctResponsesPattern: ['d30'],
    choices: [
      { id: 'd7', description: { id: '7 hari kerja', en: '7 working days' } },
      { id: 'd30', description: { id: '30 hari kerja', en: '30 working days' } },
      { id: 'never', description: { id: 'Tidak perlu lapor', en: 'No need to report' } },
    ],
  },
};

export const answer = (p: Person, response: string) =>
  base(p, VERB.answered, parcelQuestion, { result: { response, success: response === 'd30' } });

const parcelScenario = { id: `${COURSE}/scenario/parcel`, objectType: 'Activity' as const, definition: { type: ACTIVITY_TYPE.simulation, name: { id: 'Parsel Lebaran', en: 'The Lebaran parcel' } } };

export const choose = (p: Person, choice: 'accept' | 'refuse' | 'report') =>
  base(
    p,
    VERB.answered,
    {
      objectType: 'Activity',
      id: `${COURSE}/scenario/parcel/node/door`,
      definition: {
        type: ACTIVITY_TYPE.interaction,
        interactionType: 'choice',
        name: { en: 'At the door', id: 'Di depan pintu' },
        description: { en: 'Pak Budi holds out a parcel.', id: 'Pak Budi menyodorkan parsel.' },
        choices: [
          { id: 'accept', description: { en: 'Accept the parcel', id: 'Terima parselnya' } },
          { id: 'refuse', description: { en: 'Refuse politely', id: 'Tolak dengan sopan' } },
          { id: 'report', description: { en: 'Accept and report to the UPG', id: 'Terima lalu laporkan ke UPG' } },
        ],
      },
    },
    { result: { response: choice }, context: { contextActivities: { parent: [parcelScenario], grouping: [{ id: COURSE }] } } },
  );

export const ending = (p: Person, id: string, outcome: 'success' | 'partial' | 'failure') =>
  base(p, VERB.completed, parcelScenario, {
    result: {
      completion: true,
      success: outcome !== 'failure',
      extensions: { 'https://coursekit.dev/xapi/ext/ending': { id, outcome, title: { en: `Ending ${id}`, id: `Akhir ${id}` } } },
    },
  });
