import type { Response } from '@coursekit/engine';
import { questionType } from '@coursekit/engine/course';
import type { Question, ResolvedCourse } from '@coursekit/schema';

/**
 * Finds a question by id anywhere in a course: knowledge-check blocks, assessments, banks.
 *
 * @example
 * findQuestion(course, 'q-parcel'); // the SingleChoiceQuestion, or undefined
 */
export function findQuestion(course: ResolvedCourse, id: string): Question | undefined {
  for (const module of course.modules) {
    for (const page of module.pages) {
      for (const block of page.blocks) {
        if (block.type === 'question' && block.question.id === id) return block.question;
      }
    }
  }
  for (const assessment of course.assessments ?? []) {
    const found = assessment.questions?.find((q) => q.id === id);
    if (found) return found;
  }
  for (const bank of course.questionBanks ?? []) {
    const found = bank.questions.find((q) => q.id === id);
    if (found) return found;
  }
  return undefined;
}

/** FNV-1a, 32 bits: a stable seed from a question id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A stable shuffle (seeded by `seed`): the same question shows its options in the same order
 * on every load, so a resumed learner sees what they saw. When `avoidIdentity` is set and there
 * are two or more items, the result never equals the input order (a sequencing question
 * shown already in order would give its answer away).
 *
 * @example
 * seededOrder(['a', 'b', 'c'], 'q1'); // e.g. ['c', 'a', 'b'], always the same for 'q1'
 */
export function seededOrder<T>(items: readonly T[], seed: string, avoidIdentity = false): T[] {
  const out = [...items];
  let state = hash(seed) || 1;
  const random = (): number => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (avoidIdentity && out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
  return out;
}

/**
 * What the learner has entered so far, for every answer kind at once: `choice` (one option),
 * `choices` (a set of options), `value`, `text`, `matches`, `order`.
 */
export interface Draft {
  choice: string | null;
  choices: string[];
  value: boolean | null;
  text: string;
  matches: Record<string, string>;
  order: string[];
}

/**
 * The empty draft for a question, or the draft that a saved response restores.
 *
 * @example
 * draftFor(question, { type: 'true-false', value: false }).value; // false
 */
export function draftFor(question: Question, saved?: Response): Draft {
  const draft: Draft = { choice: null, choices: [], value: null, text: '', matches: {}, order: [] };
  const answer = questionType(question).answer;
  if (answer.kind === 'order') {
    draft.order = seededOrder(
      answer.options(question).map((i) => i.id),
      question.id,
      true,
    );
  }
  if (!saved || saved.type !== question.type) return draft;
  switch (answer.kind) {
    case 'one':
      draft.choice = answer.value(saved);
      break;
    case 'set':
      draft.choices = [...answer.value(saved)];
      break;
    case 'boolean':
      draft.value = answer.value(saved);
      break;
    case 'text':
      draft.text = answer.value(saved);
      break;
    case 'pairs':
      draft.matches = { ...answer.value(saved) };
      break;
    case 'order':
      draft.order = [...answer.value(saved)];
      break;
  }
  return draft;
}

/** Why a draft cannot be submitted yet, as a key of the UI strings with its numbers. */
export type DraftProblem =
  | { kind: 'needChoice' }
  | { kind: 'needChoices' }
  | { kind: 'needText' }
  | { kind: 'needMatches'; missing: number }
  | { kind: 'tooShort'; length: number; min: number };

/**
 * Turns a draft into the engine's Response, by the answer kind of the question's type, or says
 * what is missing.
 *
 * @example
 * toResponse(singleChoice, { ...empty, choice: 'refuse' }); // { ok: true, response: { type: 'single-choice', choice: 'refuse' } }
 */
export function toResponse(question: Question, draft: Draft): { ok: true; response: Response } | { ok: false; problem: DraftProblem } {
  const answer = questionType(question).answer;
  switch (answer.kind) {
    case 'one':
      return draft.choice ? { ok: true, response: answer.response(draft.choice) } : { ok: false, problem: { kind: 'needChoice' } };
    case 'set':
      return draft.choices.length > 0
        ? { ok: true, response: answer.response(answer.options(question).map((c) => c.id).filter((id) => draft.choices.includes(id))) }
        : { ok: false, problem: { kind: 'needChoices' } };
    case 'boolean':
      return draft.value === null ? { ok: false, problem: { kind: 'needChoice' } } : { ok: true, response: answer.response(draft.value) };
    case 'text': {
      const length = [...draft.text.trim()].length;
      if (length === 0) return { ok: false, problem: { kind: 'needText' } };
      const min = answer.minLength?.(question);
      if (min && length < min) return { ok: false, problem: { kind: 'tooShort', length, min } };
      return { ok: true, response: answer.response(draft.text) };
    }
    case 'pairs': {
      const pairs = answer.options(question);
      const missing = pairs.filter((p) => !draft.matches[p.id]).length;
      if (missing > 0) return { ok: false, problem: { kind: 'needMatches', missing } };
      const matches: Record<string, string> = {};
      for (const p of pairs) matches[p.id] = draft.matches[p.id]!;
      return { ok: true, response: answer.response(matches) };
    }
    case 'order':
      return { ok: true, response: answer.response([...draft.order]) };
  }
}
