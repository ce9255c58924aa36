/**
 * Small builders for the course schema. Every property the schema declares goes through `doc()`, so
 * it carries a plain `description` (for any JSON Schema tool), a `markdownDescription` (for VS Code's
 * hover) and `examples`; every enum goes through `oneOfValues()`, so each value is explained on its own.
 */

/** A JSON Schema object, as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/** The `$defs` prefix every reference uses. */
export const DEFS = '#/$defs/';

/** The same text without Markdown: backticks, emphasis and link targets removed. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[\s(])_([^_]+)_/g, '$1$2');
}

/**
 * Documents a schema: `description` (plain text), `markdownDescription` (VS Code) and `examples`.
 *
 * @example doc('Stable id of the course.', ['integrity-ranger'], { type: 'string' })
 */
export function doc(markdown: string, examples: readonly unknown[], schema: JsonSchema): JsonSchema {
  return { ...schema, description: plain(markdown), markdownDescription: markdown, examples: [...examples] };
}

/** A reference to a definition of this schema, with its own documentation where it is used. */
export function ref(name: string, markdown?: string, examples?: readonly unknown[]): JsonSchema {
  const schema: JsonSchema = { $ref: DEFS + name };
  return markdown === undefined ? schema : doc(markdown, examples ?? [], schema);
}

/**
 * A value from a closed list, each explained: `enum` with `enumDescriptions` (plain) and
 * `markdownEnumDescriptions` (VS Code shows them in completion lists).
 *
 * @example oneOfValues([['linear', 'In order.'], ['free', 'Any page, any time.']])
 */
export function oneOfValues(values: ReadonlyArray<readonly [string | number | boolean, string]>): JsonSchema {
  return {
    enum: values.map(([value]) => value),
    enumDescriptions: values.map(([, text]) => plain(text)),
    markdownEnumDescriptions: values.map(([, text]) => text),
  };
}

/**
 * An object with exactly these properties (unknown ones are errors, so a typo is caught).
 *
 * @example object(['id'], { id: ref('Id', 'Unique id.', ['intro']) })
 */
export function object(required: readonly string[], properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema {
  return {
    type: 'object',
    ...(required.length > 0 ? { required: [...required] } : {}),
    properties,
    additionalProperties: false,
    ...extra,
  };
}

/** The `notes` property every authoring object may carry: for authors, never shown to learners. */
export function notes(): JsonSchema {
  return ref('AuthorNotes', 'Notes for authors and reviewers; never shown to learners.', ['Dasar: Pasal 12C ayat (2) UU Tipikor; diperiksa 2026-12-04.']);
}

/** An array of items, documented. */
export function list(item: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  return { type: 'array', items: item, ...extra };
}

/**
 * Either `{ "$include": "…" }` or the thing itself. `if`/`then`/`else` rather than `oneOf`, so that a
 * mistake in a module is reported once, against the module, and not also against the include form.
 */
export function includeOr(name: string): JsonSchema {
  return {
    if: { type: 'object', required: ['$include'] },
    then: { $ref: DEFS + 'Include' },
    else: { $ref: DEFS + name },
  };
}

/** The `type` property of one branch of a tagged union. */
export function tag(value: string, markdown: string): JsonSchema {
  return doc(markdown, [value], { const: value });
}

/**
 * A union told apart by `type`. Ajv's `discriminator` validates only the branch the `type` selects,
 * so errors point at that branch; an unknown `type` is one error (with a did-you-mean from the validator).
 */
export function taggedUnion(branches: readonly string[], snippets: readonly JsonSchema[]): JsonSchema {
  return {
    type: 'object',
    required: ['type'],
    discriminator: { propertyName: 'type' },
    oneOf: branches.map((name) => ({ $ref: DEFS + name })),
    defaultSnippets: [...snippets],
  };
}

/** The fields every question has. */
const questionBase = (): Record<string, JsonSchema> => ({
  id: ref('Id', 'Unique id in the course. Tracking uses it (SCORM interaction id, xAPI activity id), so keep it once learners have answered.', ['q-parcel-report']),
  prompt: ref('LocalizedMarkdown', 'The question as learners read it.', [{ id: 'Apakah parsel dari rekanan wajib dilaporkan?', en: 'Must a hamper from a contractor be reported?' }]),
  weight: doc('Relative weight in its assessment\'s score. Default 1.', [1, 2], { type: 'number', minimum: 0 }),
  feedback: ref('Feedback', 'Feedback shown after an answer.', [{ correct: 'Benar.', incorrect: 'Belum tepat.' }]),
  shuffle: doc('Shuffle the options when shown (choices, matching targets, sequencing items). Default false.', [true], { type: 'boolean' }),
  notes: notes(),
});

/** A question branch: the fields every question has, then the type's own. */
export function question(type: string, summary: string, required: readonly string[], properties: Record<string, JsonSchema>, example: JsonSchema): JsonSchema {
  return object(['type', 'id', 'prompt', ...required], { type: tag(type, summary), ...questionBase(), ...properties }, { description: summary.replace(/`/g, ''), markdownDescription: summary, examples: [example] });
}

