import { coreSchema } from '../schema/generated/core-schema';
import type { JsonSchema } from '../schema/source/helpers';
import { count, countColons, type ColonTally } from './colons';
import { MAX_NESTING } from './depth';

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
  return indexCourseCountingColons(course, root).index;
}

/**
 * {@link indexCourse}, and in the same walk the colons the course's JSON text holds when no key was
 * written twice (parseJson's duplicate-key check, see {@link ColonTally}): values the schema says
 * nothing about (unknown properties, texts by language) are counted without being indexed. Objects
 * and lists nested deeper than MAX_NESTING are not walked (`deep` says so).
 *
 * @example indexCourseCountingColons(JSON.parse(text)).colons === text.split(':').length - 1 // no key written twice
 */
export function indexCourseCountingColons(course: unknown, root: JsonSchema = coreSchema): ColonTally & { index: CourseIndex } {
  const walk: Walk = { index: new Map(), colons: 0, deep: false };
  visitorOf(root)(course, '', walk, 0);
  return walk;
}

/** What one walk gathers. */
interface Walk extends ColonTally {
  index: CourseIndex;
}

/** Walks one value, `depth` levels down, along one schema node. */
type Visit = (value: unknown, pointer: string, walk: Walk, depth: number) => void;

// A course has thousands of values of a few dozen definitions: each schema node is turned once into
// the steps its instances need, so the walk does no schema lookups per value.
const VISITORS = new WeakMap<JsonSchema, Visit>();

function visitorOf(schema: JsonSchema): Visit {
  let visit = VISITORS.get(schema);
  if (visit === undefined) {
    // Definitions refer to themselves (a panel holds blocks): compile on first use.
    let compiled: Visit | undefined;
    visit = (value, pointer, walk, depth) => (compiled ??= compileVisitor(schema))(value, pointer, walk, depth);
    VISITORS.set(schema, visit);
  }
  return visit;
}

/** A value the schema walk does not follow: its colons are counted all the same. */
const uncharted: Visit = (value, _pointer, walk, depth) => countColons(value, depth, walk);

function compileVisitor(schema: JsonSchema): Visit {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(PREFIX)) {
    const name = ref.slice(PREFIX.length);
    const def = DEFS[name];
    if (def === undefined) return uncharted;
    const inner = visitorOf(def);
    return (value, pointer, walk, depth) => {
      let list = walk.index.get(name);
      if (list === undefined) walk.index.set(name, (list = []));
      list.push({ pointer, value });
      inner(value, pointer, walk, depth);
    };
  }
  if (isRecord(schema.if)) {
    const test = schema.if;
    const then = isRecord(schema.then) ? visitorOf(schema.then) : uncharted;
    const otherwise = isRecord(schema.else) ? visitorOf(schema.else) : uncharted;
    return (value, pointer, walk, depth) => (holds(test, value) ? then : otherwise)(value, pointer, walk, depth);
  }
  if (Array.isArray(schema.oneOf) && isRecord(schema.discriminator)) {
    const tag = (schema.discriminator as { propertyName: string }).propertyName;
    // The first branch with a tag wins, as selectBranch finds it.
    const branches = new Map<unknown, Visit>();
    for (const branch of schema.oneOf as JsonSchema[]) {
      const tagValue = branchTag(branch, tag);
      if (!branches.has(tagValue)) branches.set(tagValue, visitorOf(branch));
    }
    return (value, pointer, walk, depth) => ((isRecord(value) ? branches.get(value[tag]) : undefined) ?? uncharted)(value, pointer, walk, depth);
  }
  // Each property's pointer segment is made once here, so a property's pointer is one concatenation;
  // `for … in` and indexed loops allocate no key lists or iterator results while the code is cold.
  // A property whose schema leads nowhere (no $ref, if, oneOf, properties or items) is left out: its
  // value is counted as an unknown one is, with no pointer made for it.
  const properties = new Map<string, { visit: Visit; segment: string }>();
  if (isRecord(schema.properties))
    for (const [key, sub] of Object.entries(schema.properties as Record<string, JsonSchema>))
      if (sub.$ref || sub.if || sub.oneOf || sub.properties || sub.items) properties.set(key, { visit: visitorOf(sub), segment: '/' + escape(key) });
  const items = isRecord(schema.items) ? visitorOf(schema.items) : undefined;
  const hasProperties = isRecord(schema.properties);
  return (value, pointer, walk, depth) => {
    if (depth === MAX_NESTING) {
      countColons(value, depth, walk);
    } else if (hasProperties && isRecord(value)) {
      for (const key in value) {
        const property = properties.get(key);
        walk.colons += 1 + count(key, ':');
        if (property !== undefined) property.visit(value[key], pointer + property.segment, walk, depth + 1);
        else countColons(value[key], depth + 1, walk);
      }
    } else if (items !== undefined && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) items(value[i], pointer + '/' + i, walk, depth + 1);
    } else {
      countColons(value, depth, walk);
    }
  };
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
