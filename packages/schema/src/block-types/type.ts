import type { JsonSchema } from '../schema/source/helpers';
import type { Rule } from '../validate/rules/rule';

/** An editor completion for a new block: VS Code's `defaultSnippets` entry of the `Block` union. */
export type BlockSnippet = {
  label: string;
  description: string;
  body: JsonSchema;
};

/**
 * What the course format knows of one content block type: where it sits in the schema and the
 * reference, the completion editors offer, and the checks it adds to validation.
 */
export interface BlockSchema {
  /** The `type` value. */
  type: string;
  /** Its branch in `$defs` (`CalloutBlock`). */
  branch: string;
  /** The other definitions it is made of, listed after the branch in the reference. */
  parts?: readonly string[];
  /** Definitions the type brings (its branch and parts); the built-in types' are in schema/source/blocks.ts. */
  defs?: Record<string, JsonSchema>;
  /** The completion editors offer for a new block of this type; none leaves the type out of the menu. */
  snippet?: BlockSnippet;
  /** Checks the schema cannot express, run after the course-wide reference checks. */
  rules?: readonly Rule[];
}

/** [Indonesian label, Indonesian help, English label, English help] of one form field. */
export type FieldTextEntry = readonly [idLabel: string, idHelp: string, enLabel: string, enHelp: string];

/**
 * The texts Studio's forms show for one block type, kept beside its schema definition: the type's
 * name in the "add" menus, and the label and help of each of its properties, keyed as Studio's own
 * field texts are (`QuoteBlock.article`).
 */
export interface BlockTexts {
  /** The `type` value. */
  type: string;
  /** The type's name: [Indonesian, English]. */
  name: readonly [id: string, en: string];
  /** Label and help of each property of its definitions, in Indonesian and English. */
  fields: Record<string, FieldTextEntry>;
  /** What each fixed value of its menus means, [Indonesian, English], keyed `QuoteBlock.status=repealed`. */
  values?: Record<string, readonly [id: string, en: string]>;
}
