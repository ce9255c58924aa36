import type {
  FillInQuestion,
  LikertQuestion,
  MatchingQuestion,
  MultipleResponseQuestion,
  ReflectionQuestion,
  SequencingQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '../format/questions';
import type { JsonSchema } from '../schema/source/helpers';
import { hotspotSchema } from './hotspot';
import type { HotspotQuestion } from './hotspot/format';
import type { QuestionSchema } from './type';

export type * from './hotspot/format';

/** Every question type, told apart by `type`. */
export type Question =
  | SingleChoiceQuestion
  | MultipleResponseQuestion
  | TrueFalseQuestion
  | FillInQuestion
  | MatchingQuestion
  | SequencingQuestion
  | LikertQuestion
  | ReflectionQuestion
  | HotspotQuestion;

/** The `type` of every question. */
export type QuestionType = Question['type'];

/**
 * Every question type of the course format, in the order the schema lists them: the one registry
 * of the schema package (the schema's branches, the reference, id and answer checks, type rules).
 */
export const QUESTION_SCHEMAS: readonly QuestionSchema[] = [
  { type: 'single-choice', branch: 'SingleChoiceQuestion', lists: ['choices'], correctAmong: 'choices' },
  { type: 'multiple-response', branch: 'MultipleResponseQuestion', lists: ['choices'], correctAmong: 'choices' },
  { type: 'true-false', branch: 'TrueFalseQuestion' },
  { type: 'fill-in', branch: 'FillInQuestion' },
  { type: 'matching', branch: 'MatchingQuestion', parts: ['MatchPair'], lists: ['pairs'] },
  { type: 'sequencing', branch: 'SequencingQuestion', parts: ['SequenceItem'], lists: ['items'] },
  { type: 'likert', branch: 'LikertQuestion', lists: ['scale'] },
  { type: 'reflection', branch: 'ReflectionQuestion' },
  hotspotSchema,
] satisfies ReadonlyArray<QuestionSchema & { type: QuestionType }>;

/** The definitions the registered types bring, for the schema's `$defs`. */
export const QUESTION_TYPE_DEFS: Record<string, JsonSchema> = Object.assign({}, ...QUESTION_SCHEMAS.map((t) => t.defs ?? {}));
