import type { LocalizedMarkdown, LocalizedText, Question } from '@coursekit/schema';

/** An option a learner picks: a choice, a scale point, a hotspot area, a sequencing item. */
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

/**
 * What a learner's answer is made of, told apart by `kind`. The layers above the engine (the
 * suspend_data codec, SCORM 1.2 and 2004, xAPI, the question element) handle each kind once, so a
 * question type with a kind they know needs no code of its own there.
 * `noun` names an option in messages ("question "q1" has no area "desk"").
 * - one: one option (`interaction` says whether it is a choice or a point on a likert scale)
 * - set: any number of options
 * - boolean: true or false
 * - text: typed text; `long` for free text (a long-fill-in interaction), `accepted` when some texts are right
 * - pairs: each pair's source matched with a target
 * - order: the options put in an order
 */
export type AnswerModel<Q, R> =
  | { kind: 'one'; interaction: 'choice' | 'likert'; noun: string; options(q: Q): readonly AnswerOption[]; picked(r: R): string; response(id: string): R }
  | { kind: 'set'; noun: string; options(q: Q): readonly AnswerOption[]; picked(r: R): readonly string[]; response(ids: string[]): R }
  | { kind: 'boolean'; value(r: R): boolean; response(value: boolean): R }
  | {
      kind: 'text';
      long: boolean;
      text(r: R): string;
      response(text: string): R;
      accepted?(q: Q): readonly LocalizedText[];
      caseSensitive?(q: Q): boolean;
      maxLength?(q: Q): number | undefined;
    }
  | { kind: 'pairs'; noun: string; options(q: Q): readonly AnswerPair[]; matches(r: R): Readonly<Record<string, string>>; response(matches: Record<string, string>): R }
  | { kind: 'order'; noun: string; options(q: Q): readonly AnswerOption[]; order(r: R): readonly string[]; response(order: string[]): R };

/** The answer kinds, for layers that handle each of them. */
export type AnswerKind = AnswerModel<unknown, unknown>['kind'];

/**
 * One question type as the engine knows it: its answer model, how a response is checked and
 * scored, and the response that earns full credit. Each type is a module in `questions/types/`,
 * registered in `questions/registry.ts`.
 */
export interface QuestionTypeDefinition<Q extends Question = Question, R = unknown> {
  type: Q['type'];
  answer: AnswerModel<Q, R>;
  /** Credit 0..1 for a response of this type; null for types that are never scored. */
  credit(question: Q, response: R): number | null;
  /** The response that earns full credit (in `language` when texts are localised); null when unscored. */
  correct(question: Q, language?: string): R | null;
  /** Why a response of this type cannot be taken, beyond the checks of its answer kind; null when it can. */
  problem?(question: Q, response: R): string | null;
}

/**
 * Declares a question type; the identity function that gives it its types.
 *
 * @example
 * export const trueFalse = defineQuestionType<TrueFalseQuestion, TrueFalseResponse>({ type: 'true-false', … });
 */
export function defineQuestionType<Q extends Question, R>(definition: QuestionTypeDefinition<Q, R>): QuestionTypeDefinition<Q, R> {
  return definition;
}

/**
 * The interaction type of an answer model in xAPI and SCORM 2004 (both take IEEE 1484.11.1's
 * names); SCORM 1.2, which has no long-fill-in, writes free text as fill-in.
 *
 * @example
 * interactionType(QUESTION_TYPES.hotspot.answer); // 'choice'
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
