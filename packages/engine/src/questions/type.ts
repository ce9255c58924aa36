import type { LocalizedMarkdown, LocalizedText, Question } from '@coursekit/schema';
import { variants } from '../text';

/** An option a learner picks: a choice, a scale point, an area of a picture, a sequencing item. */
export interface AnswerOption {
  id: string;
  text: LocalizedText;
  /** Feedback for this option, shown when it is chosen. */
  feedback?: LocalizedMarkdown;
}

/** A pair of a matching question: its source is matched with the target of the same pair. */
export interface AnswerPair {
  id: string;
  source: LocalizedText;
  target: LocalizedText;
}

/** The value a response holds, by answer kind. */
export interface AnswerValues {
  one: string;
  set: readonly string[];
  boolean: boolean;
  text: string;
  pairs: Readonly<Record<string, string>>;
  order: readonly string[];
}

/**
 * What a learner's answer is made of, told apart by `kind`. The layers above the engine (the
 * suspend_data codec, SCORM 1.2 and 2004, xAPI, the question element) handle each kind once, so a
 * question type with a kind they know needs no code of its own there.
 * - one: one option (`interaction` says whether it is a choice or a point on a likert scale)
 * - set: any number of options
 * - boolean: true or false
 * - text: typed text; `long` for free text (a long-fill-in interaction), `accepted` when some texts are right
 * - pairs: each pair's source matched with a target
 * - order: the options put in an order
 * `noun` names an option in messages ("question "q1" has no area "desk""); default "choice".
 */
export type AnswerDeclaration<Q> =
  | { kind: 'one'; interaction: 'choice' | 'likert'; noun?: string; options(q: Q): readonly AnswerOption[] }
  | { kind: 'set'; noun?: string; options(q: Q): readonly AnswerOption[] }
  | { kind: 'boolean' }
  | {
      kind: 'text';
      long?: boolean;
      accepted?(q: Q): readonly LocalizedText[];
      caseSensitive?(q: Q): boolean;
      minLength?(q: Q): number | undefined;
      maxLength?(q: Q): number | undefined;
    }
  | { kind: 'pairs'; noun?: string; options(q: Q): readonly AnswerPair[] }
  | { kind: 'order'; noun?: string; options(q: Q): readonly AnswerOption[] };

/** An answer model: its declaration, with the response's value read (`value`) and a response made from one (`response`). */
export type AnswerModel<Q, R> = {
  [K in AnswerDeclaration<Q>['kind']]: Extract<AnswerDeclaration<Q>, { kind: K }> & { noun: string; value(r: R): AnswerValues[K]; response(value: AnswerValues[K]): R };
}[AnswerDeclaration<Q>['kind']];

/** The answer kinds, for layers that handle each of them. */
export type AnswerKind = AnswerDeclaration<unknown>['kind'];

/**
 * One question type as the engine knows it: its answer model, how a response is checked and
 * scored, and the response that earns full credit. Each type is a module in `questions/types/`,
 * registered in `questions/registry.ts`.
 */
export interface QuestionTypeDefinition<Q extends Question = Question, R = unknown> {
  answer: AnswerModel<Q, R>;
  /** Credit 0..1 for a response of this type; null for types that are never scored. */
  credit(question: Q, response: R): number | null;
  /** The response that earns full credit (in `language` when texts are localised); null when unscored. */
  correct(question: Q, language?: string): R | null;
  /** Why a response of this type cannot be taken, beyond the checks of its answer kind; null when it can. */
  problem?(question: Q, response: R): string | null;
}

/** A type's own rules; those left out follow its answer kind (see kindCredit and kindCorrect). */
export interface QuestionTypeRules<Q extends Question, R> {
  /** false for a type that is never scored (likert, reflection): no credit, no correct response. */
  scored?: false;
  credit?(question: Q, response: R): number | null;
  correct?(question: Q, language?: string): R | null;
  problem?(question: Q, response: R): string | null;
}

/** Trim, fold runs of white space to one space, NFC: how typed answers are compared. */
export function normalizeAnswer(text: string, caseSensitive = false): string {
  const folded = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return caseSensitive ? folded : folded.toLowerCase();
}

/** The fields of a question that kind rules read, when its type has them. */
type Marked = { correct?: unknown; scoring?: 'all-or-nothing' | 'partial' };

/**
 * Credit by answer kind, for a question that names its right answer in `correct`:
 * - one, boolean: 1 for the right value, else 0.
 * - set, all-or-nothing (default): 1 only for exactly the correct set. partial: (right picks −
 *   wrong picks) / number of right options, floored at 0.
 * - text: 1 when the text equals any accepted answer in any language after trimming and folding
 *   white space; case-insensitive unless the type says otherwise.
 * - pairs, partial (default): pairs matched right / pairs. all-or-nothing: 1 only when all are.
 * - order, all-or-nothing (default): 1 only for the exact order. partial: options in their place / options.
 */
export function kindCredit<Q extends Question, R>(answer: AnswerModel<Q, R>, question: Q, response: R): number {
  const q = question as Q & Marked;
  switch (answer.kind) {
    case 'one':
    case 'boolean':
      return answer.value(response) === q.correct ? 1 : 0;
    case 'set': {
      const correct = q.correct as string[];
      const picks = new Set(answer.value(response));
      const right = correct.filter((id) => picks.has(id)).length;
      const wrong = picks.size - right;
      if (q.scoring === 'partial') return Math.max(0, (right - wrong) / correct.length);
      return right === correct.length && wrong === 0 ? 1 : 0;
    }
    case 'text': {
      const cs = answer.caseSensitive?.(question);
      const typed = normalizeAnswer(answer.value(response), cs);
      return (answer.accepted?.(question) ?? []).some((a) => variants(a).some((v) => normalizeAnswer(v, cs) === typed)) ? 1 : 0;
    }
    case 'pairs': {
      const pairs = answer.options(question);
      const matches = answer.value(response);
      const right = pairs.filter((p) => matches[p.id] === p.id).length;
      if (q.scoring === 'all-or-nothing') return right === pairs.length ? 1 : 0;
      return right / pairs.length;
    }
    case 'order': {
      const items = answer.options(question);
      const order = answer.value(response);
      const right = items.filter((item, i) => order[i] === item.id).length;
      if (q.scoring === 'partial') return right / items.length;
      return right === items.length ? 1 : 0;
    }
  }
}

/**
 * The response that earns full credit, by answer kind: `correct` itself (one, boolean, set); the
 * first accepted text, in `language` when it is localised (text); each pair's source with its own
 * target (pairs); the options in their given order (order).
 */
export function kindCorrect<Q extends Question, R>(answer: AnswerModel<Q, R>, question: Q, language?: string): R {
  const correct = (question as Q & Marked).correct;
  switch (answer.kind) {
    case 'one':
    case 'boolean':
      return answer.response(correct as never);
    case 'set':
      return answer.response([...(correct as string[])]);
    case 'text': {
      const first = answer.accepted?.(question)[0];
      if (first === undefined) return answer.response('');
      return answer.response(typeof first === 'string' ? first : ((language !== undefined ? first[language] : undefined) ?? variants(first)[0] ?? ''));
    }
    case 'pairs':
      return answer.response(Object.fromEntries(answer.options(question).map((p) => [p.id, p.id])));
    case 'order':
      return answer.response(answer.options(question).map((i) => i.id));
  }
}

/**
 * Declares a question type: `field` is the property of its response that holds the value
 * (`{ type: 'multiple-response', choices: [...] }` holds it in `choices`); the rules it leaves out follow its
 * answer kind.
 *
 * @example
 * export const trueFalse = defineQuestionType<TrueFalseQuestion, TrueFalseResponse>('true-false', 'value', { kind: 'boolean' });
 */
export function defineQuestionType<Q extends Question, R extends { type: Q['type'] }>(
  type: Q['type'],
  field: Exclude<keyof R, 'type'> & string,
  declaration: AnswerDeclaration<Q>,
  rules: QuestionTypeRules<Q, R> = {},
): QuestionTypeDefinition<Q, R> {
  const answer = { noun: 'choice', ...declaration, value: (r: R) => r[field], response: (value: unknown) => ({ type, [field]: value }) } as unknown as AnswerModel<Q, R>;
  const scored = rules.scored !== false;
  return {
    answer,
    credit: rules.credit ?? ((q, r) => (scored ? kindCredit(answer, q, r) : null)),
    correct: rules.correct ?? ((q, language) => (scored ? kindCorrect(answer, q, language) : null)),
    ...(rules.problem ? { problem: rules.problem } : {}),
  };
}

/**
 * The interaction type of an answer model in xAPI and SCORM 2004 (both take IEEE 1484.11.1's
 * names); SCORM 1.2, which has no long-fill-in, writes free text as fill-in.
 *
 * @example
 * interactionType(questionType('reflection').answer); // 'long-fill-in'
 */
export function interactionType<Q, R>(answer: AnswerModel<Q, R>): 'choice' | 'likert' | 'true-false' | 'fill-in' | 'long-fill-in' | 'matching' | 'sequencing' {
  switch (answer.kind) {
    case 'one':
      return answer.interaction;
    case 'set':
      return 'choice';
    case 'boolean':
      return 'true-false';
    case 'text':
      return answer.long ? 'long-fill-in' : 'fill-in';
    case 'pairs':
      return 'matching';
    case 'order':
      return 'sequencing';
  }
}
