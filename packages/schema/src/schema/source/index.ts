import { blockDefs } from './blocks';
import { courseDefs, courseRoot } from './course';
import { glossaryDefs } from './glossary';
import type { JsonSchema } from './helpers';
import { questionDefs } from './questions';
import { scenarioDefs } from './scenario';
import { textDefs } from './text';

/** The `$id` of the schema: stable for every 1.x course (see docs/course-format/versioning.md). */
export const SCHEMA_ID = 'https://coursekit.dev/schema/course/1.0/course.schema.json';

/**
 * Builds the course schema: the source of `course.schema.json`, which `scripts/generate.ts` writes.
 *
 * @example JSON.stringify(buildCourseSchema(), null, 2)
 */
export function buildCourseSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'CourseKit course',
    description: 'A CourseKit course: metadata, modules of pages of blocks, assessments, branching scenarios, completion and mastery rules, certificate, theme and tracking.',
    markdownDescription: 'A CourseKit course: metadata, modules of pages of blocks, assessments, branching scenarios, completion and mastery rules, certificate, theme and tracking. Reference: docs/reference/course-format.md.',
    ...courseRoot,
    $defs: withTagLists({ ...textDefs, ...courseDefs, ...blockDefs, ...questionDefs, ...scenarioDefs, ...glossaryDefs }),
  };
}

/**
 * Gives every union told apart by `type` the list of its types as an `enum`. Ajv's `discriminator`
 * needs no such list, but editors do: VS Code's JSON language service does not read `discriminator`
 * and, without the list, answers a wrong `type` with the nearest branch's "Value must be "text"";
 * with it, "Value is not accepted. Valid values: …" and completion of every type. The validator
 * reports a wrong type once, as CK014 with a did-you-mean (src/validate/structure.ts).
 */
function withTagLists(defs: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [name, def] of Object.entries(defs)) {
    out[name] = def;
    const union = def as { discriminator?: { propertyName: string }; oneOf?: Array<{ $ref: string }>; properties?: Record<string, JsonSchema> };
    if (union.discriminator?.propertyName !== 'type' || union.oneOf === undefined) continue;
    const branches = union.oneOf.map(({ $ref }) => {
      const branch = defs[$ref.replace('#/$defs/', '')] as { properties?: { type?: { const?: unknown; markdownDescription?: unknown } } } | undefined;
      const tag = branch?.properties?.type;
      if (typeof tag?.const !== 'string') throw new Error(`${$ref} has no "type" const`);
      return { tag: tag.const, markdown: String(tag.markdownDescription ?? ''), text: String((tag as { description?: unknown }).description ?? '') };
    });
    const type = {
      type: 'string',
      enum: branches.map((b) => b.tag),
      description: 'What kind it is; the other properties depend on it.',
      markdownDescription: 'What kind it is; the other properties depend on it.',
      examples: [branches[0]!.tag],
      enumDescriptions: branches.map((b) => b.text),
      markdownEnumDescriptions: branches.map((b) => b.markdown),
    };
    out[name] = { ...def, properties: { ...union.properties, type } };
  }
  return out;
}

/** Annotation keywords: for people and editors, not for validation. */
export const ANNOTATIONS = ['description', 'markdownDescription', 'examples', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'title'] as const;

/**
 * The schema without annotations, for the compiled validator: the same rules, a fraction of the bytes
 * (the standalone code embeds the schema objects it refers to).
 */
export function stripAnnotations(schema: unknown, parentKey = ''): unknown {
  if (Array.isArray(schema)) return schema.map((item) => stripAnnotations(item));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    // Inside `properties` and `$defs` the keys are names, not keywords: a property may be called `title`.
    const isNameMap = parentKey === 'properties' || parentKey === '$defs';
    if (!isNameMap && (ANNOTATIONS as readonly string[]).includes(key)) continue;
    out[key] = stripAnnotations(value, isNameMap ? '' : key);
  }
  return out;
}
