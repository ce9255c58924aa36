import { blockDefs } from './blocks';
import { courseDefs, courseRoot } from './course';
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
    $defs: { ...textDefs, ...courseDefs, ...blockDefs, ...questionDefs, ...scenarioDefs },
  };
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
