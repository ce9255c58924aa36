import type { Response } from '@coursekit/engine';
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

/** What the learner has entered so far, for every question type at once (`choices` holds a hotspot's areas). */
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
  if (question.type === 'sequencing') {
    draft.order = seededOrder(
      question.items.map((i) => i.id),
      question.id,
      true,
    );
  }
  if (!saved || saved.type !== question.type) return draft;
  switch (saved.type) {
    case 'single-choice':
    case 'likert':
      draft.choice = saved.choice;
      break;
    case 'multiple-response':
      draft.choices = [...saved.choices];
      break;
    case 'hotspot':
      draft.choices = [...saved.areas];
      break;
    case 'true-false':
      draft.value = saved.value;
      break;
    case 'fill-in':
    case 'reflection':
      draft.text = saved.text;
      break;
    case 'matching':
      draft.matches = { ...saved.matches };
      break;
    case 'sequencing':
      draft.order = [...saved.order];
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
 * Turns a draft into the engine's Response, or says what is missing.
 *
 * @example
 * toResponse(singleChoice, { ...empty, choice: 'refuse' }); // { ok: true, response: { type: 'single-choice', choice: 'refuse' } }
 */
export function toResponse(question: Question, draft: Draft): { ok: true; response: Response } | { ok: false; problem: DraftProblem } {
  switch (question.type) {
    case 'single-choice':
    case 'likert':
      return draft.choice ? { ok: true, response: { type: question.type, choice: draft.choice } } : { ok: false, problem: { kind: 'needChoice' } };
    case 'multiple-response':
      return draft.choices.length > 0
        ? { ok: true, response: { type: 'multiple-response', choices: question.choices.map((c) => c.id).filter((id) => draft.choices.includes(id)) } }
        : { ok: false, problem: { kind: 'needChoices' } };
    case 'true-false':
      return draft.value === null ? { ok: false, problem: { kind: 'needChoice' } } : { ok: true, response: { type: 'true-false', value: draft.value } };
    case 'fill-in':
      return draft.text.trim() ? { ok: true, response: { type: 'fill-in', text: draft.text } } : { ok: false, problem: { kind: 'needText' } };
    case 'reflection': {
      const length = [...draft.text.trim()].length;
      if (length === 0) return { ok: false, problem: { kind: 'needText' } };
      if (question.minLength && length < question.minLength) return { ok: false, problem: { kind: 'tooShort', length, min: question.minLength } };
      return { ok: true, response: { type: 'reflection', text: draft.text } };
    }
    case 'matching': {
      const missing = question.pairs.filter((p) => !draft.matches[p.id]).length;
      if (missing > 0) return { ok: false, problem: { kind: 'needMatches', missing } };
      const matches: Record<string, string> = {};
      for (const p of question.pairs) matches[p.id] = draft.matches[p.id]!;
      return { ok: true, response: { type: 'matching', matches } };
    }
    case 'sequencing':
      return { ok: true, response: { type: 'sequencing', order: [...draft.order] } };
    case 'hotspot':
      return draft.choices.length > 0
        ? { ok: true, response: { type: 'hotspot', areas: question.areas.map((a) => a.id).filter((id) => draft.choices.includes(id)) } }
        : { ok: false, problem: { kind: 'needChoices' } };
  }
}
