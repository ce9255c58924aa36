// Writes a synthetic cohort's statements as NDJSON or a JSON array, streamed so the generator itself stays small.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const COURSE = 'https://example.go.id/xapi/integrity-ranger';
const AGENCY = 'https://example.go.id/xapi/ext/agency';
const AGENCIES = ['Dinas Perizinan', 'BPKAD', 'Bappeda', 'Dinas Kesehatan', 'Inspektorat'];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Yields `count` statements from `learners` learners, each walking pages, questions and a scenario. */
export function* statements(count, learners = 2000, seed = 7) {
  const random = rng(seed);
  let time = Date.parse('2026-11-02T01:00:00Z');
  for (let i = 0; i < count; i++) {
    const n = Math.floor(random() * learners);
    const actor = { objectType: 'Agent', name: `Peserta ${n}`, mbox: `mailto:peserta${n}@example.go.id` };
    const context = { registration: '6f1f7c1e-1f7a-4c55-9b0e-0c6b6c8f0a01', contextActivities: { grouping: [{ id: COURSE }] }, extensions: { [AGENCY]: AGENCIES[n % AGENCIES.length] } };
    time += 1000;
    const kind = random();
    let verb;
    let object;
    let result;
    if (kind < 0.5) {
      const p = Math.floor(random() * 60);
      verb = 'http://adlnet.gov/expapi/verbs/experienced';
      object = { objectType: 'Activity', id: `${COURSE}/page/p${p}`, definition: { type: 'http://activitystrea.ms/schema/1.0/page', name: { id: `Halaman ${p}`, en: `Page ${p}` } } };
    } else if (kind < 0.85) {
      const q = Math.floor(random() * 80);
      const response = ['a', 'b', 'c', 'd'][Math.floor(random() * 4)];
      verb = 'http://adlnet.gov/expapi/verbs/answered';
      object = {
        objectType: 'Activity',
        id: `${COURSE}/question/q${q}`,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'choice',
          name: { id: `Soal ${q}`, en: `Question ${q}` },
          correctResponsesPattern: ['a'],
          choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, description: { id: `Pilihan ${id}`, en: `Option ${id}` } })),
        },
      };
      result = { response, success: response === 'a', duration: 'PT20S' };
    } else if (kind < 0.97) {
      const choice = ['accept', 'refuse', 'report'][Math.floor(random() * 3)];
      verb = 'http://adlnet.gov/expapi/verbs/answered';
      object = { objectType: 'Activity', id: `${COURSE}/scenario/s1/node/door`, definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice', choices: [{ id: choice, description: { en: choice } }] } };
      result = { response: choice };
      context.contextActivities.parent = [{ id: `${COURSE}/scenario/s1`, definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { en: 'Parcel' } } }];
    } else {
      const ok = random() < 0.8;
      verb = ok ? 'http://adlnet.gov/expapi/verbs/passed' : 'http://adlnet.gov/expapi/verbs/failed';
      object = { objectType: 'Activity', id: COURSE, definition: { type: 'http://adlnet.gov/expapi/activities/course', name: { id: 'Penjaga Integritas', en: 'Integrity Ranger' } } };
      result = { success: ok, score: { scaled: Math.round(random() * 100) / 100 }, duration: 'PT45M' };
    }
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    yield { id, actor, verb: { id: verb }, object, ...(result ? { result } : {}), context, timestamp: new Date(time).toISOString() };
  }
}

/** Writes statements to `path` as NDJSON or a JSON array; resolves with the bytes written. */
export async function writeStatements(path, count, format = 'ndjson') {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  if (format === 'json') await write('[');
  let first = true;
  for (const s of statements(count)) {
    const text = JSON.stringify(s);
    if (format === 'json') await write(first ? text : `,\n${text}`);
    else await write(`${text}\n`);
    first = false;
  }
  if (format === 'json') await write(']');
  out.end();
  await once(out, 'finish');
  return bytes;
}
