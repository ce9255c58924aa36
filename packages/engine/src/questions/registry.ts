import type { Question, QuestionType } from '@coursekit/schema';
import type { QuestionTypeDefinition } from './type';
import { fillIn, type FillInResponse } from './types/fill-in';
import { hotspot, type HotspotResponse } from './types/hotspot';
import { likert, type LikertResponse } from './types/likert';
import { matching, type MatchingResponse } from './types/matching';
import { multipleResponse, type MultipleResponseResponse } from './types/multiple-response';
import { reflection, type ReflectionResponse } from './types/reflection';
import { sequencing, type SequencingResponse } from './types/sequencing';
import { singleChoice, type SingleChoiceResponse } from './types/single-choice';
import { trueFalse, type TrueFalseResponse } from './types/true-false';

/**
 * A learner's response to a question, by question type (each type's module says what it holds):
 * the chosen id (single-choice, likert), the chosen ids (multiple-response, hotspot areas), the
 * value (true-false), the text (fill-in, reflection), source → target pair ids (matching), the
 * item ids in order (sequencing).
 */
export type Response =
  | SingleChoiceResponse
  | MultipleResponseResponse
  | TrueFalseResponse
  | FillInResponse
  | MatchingResponse
  | SequencingResponse
  | LikertResponse
  | ReflectionResponse
  | HotspotResponse;

/** Every question type the engine scores and trackers record, by its `type`: the one registry of the engine. */
export const QUESTION_TYPES = {
  'single-choice': singleChoice,
  'multiple-response': multipleResponse,
  'true-false': trueFalse,
  'fill-in': fillIn,
  matching,
  sequencing,
  likert,
  reflection,
  hotspot,
} as const satisfies { [T in QuestionType]: QuestionTypeDefinition<Extract<Question, { type: T }>, Extract<Response, { type: T }>> };

/**
 * The definition of a question's type, typed loosely for code that handles every type alike.
 *
 * @example
 * questionType(question).answer.kind; // 'set' for a hotspot
 */
export function questionType(question: Question | QuestionType): QuestionTypeDefinition<Question, Response> {
  const type = typeof question === 'string' ? question : question.type;
  return QUESTION_TYPES[type] as unknown as QuestionTypeDefinition<Question, Response>;
}
