import type { JsonSchema } from '../schema/source/helpers';
import type { Rule } from '../validate/rules/rule';

/**
 * What the course format knows of one question type: where it sits in the schema, which of its
 * lists hold ids, which list `correct` names ids of, and the checks it adds to validation.
 */
export interface QuestionSchema {
  /** The `type` value. */
  type: string;
  /** Its branch in `$defs` (`SingleChoiceQuestion`). */
  branch: string;
  /** The other definitions it is made of, in the order the reference lists them. */
  parts?: readonly string[];
  /** Definitions the type brings (its branch and parts); the built-in types' are in schema/source/questions.ts. */
  defs?: Record<string, JsonSchema>;
  /** Lists of the question whose ids must be unique within it. */
  lists?: readonly string[];
  /** The list whose ids `correct` names; validation reports a correct answer not among them (CK106). */
  correctAmong?: string;
  /** Checks the schema cannot express, run after the course-wide reference checks. */
  rules?: readonly Rule[];
}
