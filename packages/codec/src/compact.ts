import type { AssessmentSnapshot, EngineSnapshot, Response, ScenarioSnapshot } from '@coursekit/engine';
import { BitReader, BitWriter, CorruptDataError, bitsFor } from './bits';
import type { CourseLayout, ScenarioLayout } from './layout';
import { UnencodableError, need, readFlags, readNumber, readResponse, readText, writeText, readSet, writeFlags, readUnit, writeNumber, writeResponse, writeSet, writeUnit } from './values';

/*
 * The compact body, in order (every id is an index into the course layout):
 *   seed         1 bit "uint32" + 32 bits, or 1 + a double
 *   language     index into course.languages
 *   pageId       index into pages
 *   viewed       flags over pages (bitmap or runs)
 *   answers      flags over knowledge checks (bitmap or runs), then each response
 *   assessments  per assessment: presence; attempt, drawn questions, responses, submitted, best, passed
 *   scenarios    per scenario: presence; run, node, variables, path, ending, best
 *   completed, passed (2 bits), certificateId, totalTimeMs
 *   then, only when there is one, 1 bit and: the certificate's moment of issue, and the learner's
 *   name, NIP (18 digits in 60 bits) and unit kerja as typed for the certificate. States written
 *   before these were kept end at totalTimeMs; the bit reads as 0 in their padding.
 *   then, only when some scenario has them, 1 bit and, per scenario present above: the endings
 *   reached in any run, as a count and ending indices in the order first reached. States written
 *   before these were kept end before this bit, which reads as 0 in their padding or is absent.
 */

/** The longest name and unit kerja the saved state keeps (the certificate form allows no more). */
export const LEARNER_TEXT_LIMITS = { name: 80, unit: 120 } as const;

function writeExtras(w: BitWriter, s: EngineSnapshot): void {
  const learner = s.learner ?? {};
  const any = s.certificateIssuedAt !== undefined || Object.keys(learner).length > 0;
  w.bool(any);
  if (!any) return;
  w.bool(s.certificateIssuedAt !== undefined);
  if (s.certificateIssuedAt !== undefined) writeNumber(w, s.certificateIssuedAt);
  for (const key of ['name', 'unit'] as const) {
    const text = learner[key];
    if (text !== undefined && text.length > LEARNER_TEXT_LIMITS[key]) throw new UnencodableError(`the learner's ${key} is longer than ${LEARNER_TEXT_LIMITS[key]} characters`);
    w.bool(text !== undefined);
    if (text !== undefined) writeText(w, text);
  }
  const nip = learner.nip;
  const digits = nip !== undefined && /^\d{18}$/.test(nip);
  w.uint(nip === undefined ? 0 : digits ? 1 : 2, 2);
  if (digits) {
    w.uint(Number(nip.slice(0, 9)), 30);
    w.uint(Number(nip.slice(9)), 30);
  } else if (nip !== undefined) {
    if (nip.length > 18) throw new UnencodableError("the learner's NIP is longer than 18 characters");
    writeText(w, nip);
  }
}

function readExtras(r: BitReader): Pick<EngineSnapshot, 'certificateIssuedAt' | 'learner'> {
  if (r.remaining === 0 || !r.bool()) return {};
  const out: Pick<EngineSnapshot, 'certificateIssuedAt' | 'learner'> = {};
  if (r.bool()) out.certificateIssuedAt = readNumber(r);
  const learner: NonNullable<EngineSnapshot['learner']> = {};
  for (const key of ['name', 'unit'] as const) if (r.bool()) learner[key] = readText(r);
  const nipTag = r.uint(2);
  if (nipTag === 3) throw new CorruptDataError('unknown NIP form 3');
  if (nipTag === 1) {
    const [a, b] = [r.uint(30), r.uint(30)];
    if (a > 999_999_999 || b > 999_999_999) throw new CorruptDataError('an NIP part over 9 digits');
    learner.nip = String(a).padStart(9, '0') + String(b).padStart(9, '0');
  } else if (nipTag === 2) learner.nip = readText(r);
  if (Object.keys(learner).length) out.learner = learner;
  return out;
}

function writeReached(w: BitWriter, layout: CourseLayout, s: EngineSnapshot): void {
  const any = layout.scenarios.some((sc) => (s.scenarios[sc.id]?.reached?.length ?? 0) > 0);
  w.bool(any);
  if (!any) return;
  for (const sc of layout.scenarios) {
    const state = s.scenarios[sc.id];
    if (!state) continue;
    const reached = state.reached ?? [];
    const index = new Map(sc.endings.map((e, i) => [e, i]));
    if (new Set(reached).size !== reached.length) throw new UnencodableError(`scenario "${sc.id}" lists an ending reached twice`);
    w.uint(reached.length, bitsFor(sc.endings.length + 1));
    for (const id of reached) w.uint(need(index, id, 'ending'), bitsFor(sc.endings.length));
  }
}

function readReached(r: BitReader, layout: CourseLayout, scenarios: Record<string, ScenarioSnapshot>): void {
  if (r.remaining === 0 || !r.bool()) return;
  for (const sc of layout.scenarios) {
    const state = scenarios[sc.id];
    if (!state) continue;
    const count = r.uint(bitsFor(sc.endings.length + 1));
    if (count > sc.endings.length) throw new CorruptDataError(`${count} endings reached of ${sc.endings.length} in "${sc.id}"`);
    const reached: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = sc.endings[r.index(sc.endings.length)]!;
      if (reached.includes(id)) throw new CorruptDataError(`ending "${id}" of "${sc.id}" reached twice`);
      reached.push(id);
    }
    if (reached.length) state.reached = reached;
  }
}

function writeSeed(w: BitWriter, seed: number): void {
  const uint32 = Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 && !Object.is(seed, -0);
  w.bool(!uint32);
  if (uint32) w.uint(seed, 32);
  else w.float64(seed);
}

function writeAssessment(w: BitWriter, layout: CourseLayout['assessments'][number], a: AssessmentSnapshot): void {
  const n = layout.pool.length;
  w.varuint(a.attempt, 3);
  if (a.questionIds.length > n) throw new UnencodableError(`assessment "${layout.id}" lists ${a.questionIds.length} questions for ${n}`);
  w.uint(a.questionIds.length, bitsFor(n + 1));
  for (const id of a.questionIds) w.uint(need(layout.poolIndex, id, 'assessment question'), bitsFor(n));
  for (const id of Object.keys(a.responses)) {
    if (!a.questionIds.includes(id)) throw new UnencodableError(`response to "${id}", which is not in attempt ${a.attempt} of "${layout.id}"`);
  }
  for (const id of a.questionIds) {
    const response = a.responses[id];
    w.bool(response !== undefined);
    if (response) writeResponse(w, layout.pool[layout.poolIndex.get(id)!]!, response);
  }
  w.bool(a.submitted);
  writeUnit(w, a.best);
  w.bool(a.passed);
}

function readAssessment(r: BitReader, layout: CourseLayout['assessments'][number]): AssessmentSnapshot {
  const n = layout.pool.length;
  const attempt = r.varuint(3);
  const count = r.uint(bitsFor(n + 1));
  if (count > n) throw new CorruptDataError(`${count} questions drawn from ${n}`);
  const questionIds: string[] = [];
  for (let i = 0; i < count; i++) questionIds.push(layout.pool[r.index(n)]!.id);
  const responses: Record<string, Response> = {};
  for (const id of questionIds) if (r.bool()) responses[id] = readResponse(r, layout.pool[layout.poolIndex.get(id)!]!);
  return { attempt, questionIds, responses, submitted: r.bool(), best: readUnit(r), passed: r.bool() };
}

function writeVariable(w: BitWriter, v: ScenarioLayout['variables'][number], value: number): void {
  const ranged = v.min !== undefined && v.max !== undefined && Number.isInteger(v.min) && Number.isInteger(v.max) && v.max - v.min < 2 ** 16;
  if (ranged && Number.isInteger(value) && !Object.is(value, -0) && value >= v.min! && value <= v.max!) {
    w.bool(false);
    w.uint(value - v.min!, bitsFor(v.max! - v.min! + 1));
  } else {
    w.bool(true);
    writeNumber(w, value);
  }
}

function readVariable(r: BitReader, v: ScenarioLayout['variables'][number]): number {
  if (r.bool()) return readNumber(r);
  if (v.min === undefined || v.max === undefined) throw new CorruptDataError(`variable "${v.name}" has no range`);
  return v.min + r.index(v.max - v.min + 1);
}

function writeScenario(w: BitWriter, layout: ScenarioLayout, s: ScenarioSnapshot): void {
  w.varuint(s.run, 3);
  w.uint(need(layout.nodeIndex, s.nodeId, 'scenario node'), bitsFor(layout.scenario.nodes.length));
  const declared = new Set(layout.variables.map((v) => v.name));
  for (const name of Object.keys(s.variables)) if (!declared.has(name)) throw new UnencodableError(`variable "${name}" is not declared in "${layout.id}"`);
  for (const v of layout.variables) {
    const value = s.variables[v.name];
    w.bool(value !== undefined);
    if (value !== undefined) writeVariable(w, v, value);
  }
  w.varuint(s.path.length, 4);
  for (const id of s.path) w.uint(need(layout.choiceIndex, id, 'scenario choice'), bitsFor(layout.choices.length));
  w.bool(s.endingId !== null);
  if (s.endingId !== null) w.uint(need(new Map(layout.endings.map((e, i) => [e, i])), s.endingId, 'ending'), bitsFor(layout.endings.length));
  writeUnit(w, s.best);
}

function readScenario(r: BitReader, layout: ScenarioLayout): ScenarioSnapshot {
  const run = r.varuint(3);
  const nodeId = layout.scenario.nodes[r.index(layout.scenario.nodes.length)]!.id;
  const variables: Record<string, number> = {};
  for (const v of layout.variables) if (r.bool()) variables[v.name] = readVariable(r, v);
  const length = r.varuint(4);
  if (length > r.remaining) throw new CorruptDataError(`path of ${length} choices runs past the end`);
  const path: string[] = [];
  for (let i = 0; i < length; i++) path.push(layout.choices[r.index(layout.choices.length)]!);
  const endingId = r.bool() ? layout.endings[r.index(layout.endings.length)]! : null;
  return { run, nodeId, variables, path, endingId, best: readUnit(r) };
}

/** Writes the state's bits; UnencodableError when it refers to something outside the course. */
export function encodeBody(layout: CourseLayout, s: EngineSnapshot): number[] {
  if (s.v !== 1) throw new UnencodableError(`snapshot format ${String(s.v)}`);
  if (s.courseId !== layout.courseId || s.courseVersion !== layout.courseVersion) {
    throw new UnencodableError(`state of ${s.courseId}@${s.courseVersion} for course ${layout.courseId}@${layout.courseVersion}`);
  }
  const w = new BitWriter();
  writeSeed(w, s.seed);
  w.uint(need(new Map(layout.languages.map((l, i) => [l, i])), s.language, 'language'), bitsFor(layout.languages.length));
  w.uint(need(layout.pageIndex, s.pageId, 'page'), bitsFor(layout.pages.length));
  writeSet(w, s.viewed.map((id) => need(layout.pageIndex, id, 'page')), layout.pages.length);
  for (const id of Object.keys(s.answers)) need(layout.checkIndex, id, 'question');
  writeFlags(w, layout.checks.map((q) => s.answers[q.id] !== undefined));
  for (const q of layout.checks) {
    const response = s.answers[q.id];
    if (response) writeResponse(w, q, response);
  }
  for (const id of Object.keys(s.assessments)) if (!layout.assessments.some((a) => a.id === id)) throw new UnencodableError(`assessment "${id}" is not in the course`);
  for (const a of layout.assessments) {
    const state = s.assessments[a.id];
    w.bool(state !== undefined);
    if (state) writeAssessment(w, a, state);
  }
  for (const id of Object.keys(s.scenarios)) if (!layout.scenarios.some((x) => x.id === id)) throw new UnencodableError(`scenario "${id}" is not in the course`);
  for (const sc of layout.scenarios) {
    const state = s.scenarios[sc.id];
    w.bool(state !== undefined);
    if (state) writeScenario(w, sc, state);
  }
  w.bool(s.completed);
  w.uint(s.passed === null ? 0 : s.passed ? 1 : 2, 2);
  w.bool(s.certificateId !== null);
  if (s.certificateId !== null) writeText(w, s.certificateId);
  writeNumber(w, s.totalTimeMs);
  writeExtras(w, s);
  writeReached(w, layout, s);
  return w.bits;
}

/** Reads what encodeBody wrote; CorruptDataError on anything impossible, including stray bits at the end. */
export function decodeBody(layout: CourseLayout, bits: readonly number[]): EngineSnapshot {
  const r = new BitReader(bits);
  const seed = r.bool() ? r.float64() : r.uint(32);
  const language = layout.languages[r.index(layout.languages.length)]!;
  const pageId = layout.pages[r.index(layout.pages.length)]!;
  const viewed = readSet(r, layout.pages.length).map((i) => layout.pages[i]!);
  const answers: Record<string, Response> = {};
  const answered = readFlags(r, layout.checks.length);
  layout.checks.forEach((q, i) => {
    if (answered[i]) answers[q.id] = readResponse(r, q);
  });
  const assessments: Record<string, AssessmentSnapshot> = {};
  for (const a of layout.assessments) if (r.bool()) assessments[a.id] = readAssessment(r, a);
  const scenarios: Record<string, ScenarioSnapshot> = {};
  for (const sc of layout.scenarios) if (r.bool()) scenarios[sc.id] = readScenario(r, sc);
  const completed = r.bool();
  const passedTag = r.uint(2);
  if (passedTag === 3) throw new CorruptDataError('unknown pass state 3');
  const certificateId = r.bool() ? readText(r) : null;
  const totalTimeMs = readNumber(r);
  const extras = readExtras(r);
  readReached(r, layout, scenarios);
  // Only the zero padding of the last character may remain.
  if (r.remaining >= 6 || (r.remaining > 0 && r.uint(r.remaining) !== 0)) throw new CorruptDataError('unexpected data after the state');
  return {
    v: 1,
    courseId: layout.courseId,
    courseVersion: layout.courseVersion,
    seed,
    language,
    pageId,
    viewed,
    answers,
    assessments,
    scenarios,
    completed,
    passed: passedTag === 0 ? null : passedTag === 1,
    certificateId,
    ...extras,
    totalTimeMs,
  };
}
