import { coreSchema } from '../schema/generated/core-schema';
import type { JsonSchema } from '../schema/source/helpers';

/** A value of the course and the schema definition it is an instance of. */
export interface Typed {
  pointer: string;
  value: unknown;
}

/** Instances of each schema definition in a course: `index.get('Question')` lists every question. */
export type CourseIndex = Map<string, Typed[]>;

const DEFS = coreSchema.$defs as Record<string, JsonSchema>;
const PREFIX = '#/$defs/';

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks a course along the schema and lists, per definition name (`Module`, `Question`,
 * `LocalizedText`, `AssetPath` …), every value that is one, with its pointer. It follows what is
 * there and never throws: where the course breaks the schema, the walk goes only as far as it can tell
 * what a value is (a block whose `type` is unknown is listed as a `Block` and no further).
 *
 * @example indexCourse(course).get('Scenario')?.length // number of scenarios written inline
 */
export function indexCourse(course: unknown, root: JsonSchema = coreSchema): CourseIndex {
  const index: CourseIndex = new Map();
  walk(course, root, '', index);
  return index;
}

function walk(value: unknown, schema: JsonSchema, pointer: string, index: CourseIndex): void {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(PREFIX)) {
    const name = ref.slice(PREFIX.length);
    const def = DEFS[name];
    if (def === undefined) return;
    let list = index.get(name);
    if (list === undefined) index.set(name, (list = []));
    list.push({ pointer, value });
    walk(value, def, pointer, index);
    return;
  }
  if (isRecord(schema.if)) {
    const branch = holds(schema.if, value) ? schema.then : schema.else;
    if (isRecord(branch)) walk(value, branch, pointer, index);
    return;
  }
  if (Array.isArray(schema.oneOf) && isRecord(schema.discriminator)) {
    const tag = (schema.discriminator as { propertyName: string }).propertyName;
    const branch = isRecord(value) ? selectBranch(schema.oneOf as JsonSchema[], tag, value[tag]) : undefined;
    if (branch !== undefined) walk(value, branch, pointer, index);
    return;
  }
  if (isRecord(value) && isRecord(schema.properties)) {
    const properties = schema.properties as Record<string, JsonSchema>;
    for (const key of Object.keys(value)) {
      const sub = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
      if (sub !== undefined) walk(value[key], sub, pointer + '/' + escape(key), index);
    }
  }
  if (Array.isArray(value) && isRecord(schema.items)) {
    const items = schema.items;
    for (let i = 0; i < value.length; i++) walk(value[i], items, pointer + '/' + i, index);
  }
}

/** The `if` forms the course schema uses: `{ type: "object", required: [...] }`. */
function holds(test: JsonSchema, value: unknown): boolean {
  if (test.type === 'object' && !isRecord(value)) return false;
  const required = Array.isArray(test.required) ? (test.required as string[]) : [];
  return required.every((key) => isRecord(value) && Object.prototype.hasOwnProperty.call(value, key));
}

/** The branch of a tagged union whose `type` constant is `tagValue`. */
export function selectBranch(branches: readonly JsonSchema[], tag: string, tagValue: unknown): JsonSchema | undefined {
  return branches.find((branch) => branchTag(branch, tag) === tagValue);
}

/** The tag constant of one branch (`"text"` for TextBlock). */
export function branchTag(branch: JsonSchema, tag: string): unknown {
  const target = typeof branch.$ref === 'string' ? DEFS[branch.$ref.slice(PREFIX.length)] : branch;
  const properties = target?.properties as Record<string, JsonSchema> | undefined;
  return properties?.[tag]?.const;
}

/** The schema definition with this name. */
export function definition(name: string): JsonSchema | undefined {
  return DEFS[name];
}

function escape(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}
