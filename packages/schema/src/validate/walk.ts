import { coreSchema } from '../schema/generated/core-schema';
import type { JsonSchema } from '../schema/source/helpers';
import { count, countColons, type ColonTally } from './colons';
import { MAX_NESTING } from './depth';

/** A value of the course and the schema definition it is an instance of. */
export interface Typed {
  /** Its JSON pointer in the course (made when first read). */
  readonly pointer: string;
  readonly value: unknown;
}

/**
 * Where a value of the course sits: the place of the list or object that holds it, and its key
 * there (a property's pointer segment, "/title", or an item's number). The pointer string is made
 * only when read, as when a rule reports: a walk of a valid course builds none, for its tens of
 * thousands of values.
 */
class Place implements Typed {
  private made: string | undefined;

  constructor(
    readonly value: unknown,
    private readonly up: Place | undefined,
    private readonly key: string | number,
  ) {}

  get pointer(): string {
    if (this.made === undefined) this.made = this.up === undefined ? '' : typeof this.key === 'number' ? this.up.pointer + '/' + this.key : this.up.pointer + this.key;
    return this.made;
  }
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
export function indexCourseCountingColons(course: unknown, root: JsonSchema = coreSchema, options: IndexOptions = {}): ColonTally & { index: CourseIndex } {
  const walk: Walk = { index: new Map(), colons: 0, deep: false, texts: options.texts };
  stepOf(root).visit(course, undefined, '', undefined, walk, 0);
  return { index: walk.index, colons: walk.colons, deep: walk.deep };
}

/** Options of {@link indexCourseCountingColons}. */
export interface IndexOptions {
  /**
   * Which of the localised texts (`LocalizedText`, `LocalizedMarkdown`) to list: by default every
   * one. The checks pass the test of what their rules could report (`textsToCheck`), so that the
   * tens of thousands of texts of a large valid course cost the index no entry.
   */
  texts?: (value: unknown) => boolean;
}

/** What one walk gathers, and the texts it lists. */
interface Walk extends ColonTally {
  index: CourseIndex;
  texts: ((value: unknown) => boolean) | undefined;
}

const TEXTS = new Set(['LocalizedText', 'LocalizedMarkdown']);

/**
 * Walks one value, `depth` levels down, along one schema node. The value's place is `up` and `key`
 * (the course itself has neither); `place` is that place when already made (an indexed value's).
 */
type Visit = (value: unknown, up: Place | undefined, key: string | number, place: Place | undefined, walk: Walk, depth: number) => void;

/** The walk of one schema node's instances, compiled on first use: `step.visit(…)`. */
interface Step {
  visit: Visit;
}

// A course has thousands of values of a few dozen definitions: each schema node is turned once into
// the steps its instances need, so the walk does no schema lookups per value.
const STEPS = new WeakMap<JsonSchema, Step>();

function stepOf(schema: JsonSchema): Step {
  let step = STEPS.get(schema);
  if (step === undefined) {
    // Definitions refer to themselves (a panel holds blocks): each is compiled on first use, which
    // puts the compiled walk in the step's place, so later values call it directly.
    const lazy: Step = { visit: (value, up, key, place, walk, depth) => (lazy.visit = compileVisitor(schema))(value, up, key, place, walk, depth) };
    step = lazy;
    STEPS.set(schema, step);
  }
  return step;
}

/** A value the schema walk does not follow: its colons are counted all the same. */
const uncharted: Visit = (value, _up, _key, _place, walk, depth) => countColons(value, depth, walk);
const UNCHARTED: Step = { visit: uncharted };

function compileVisitor(schema: JsonSchema): Visit {
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith(PREFIX)) {
    const name = ref.slice(PREFIX.length);
    const def = DEFS[name];
    if (def === undefined) return uncharted;
    const inner = stepOf(def);
    const text = TEXTS.has(name);
    return (value, up, key, place, walk, depth) => {
      if (text && walk.texts !== undefined && !walk.texts(value)) return inner.visit(value, up, key, place, walk, depth);
      let list = walk.index.get(name);
      if (list === undefined) walk.index.set(name, (list = []));
      // A value indexed under several definitions (a Block that is a TextBlock) has one place.
      place ??= new Place(value, up, key);
      list.push(place);
      inner.visit(value, up, key, place, walk, depth);
    };
  }
  if (isRecord(schema.if)) {
    const test = schema.if;
    const then = isRecord(schema.then) ? stepOf(schema.then) : UNCHARTED;
    const otherwise = isRecord(schema.else) ? stepOf(schema.else) : UNCHARTED;
    return (value, up, key, place, walk, depth) => (holds(test, value) ? then : otherwise).visit(value, up, key, place, walk, depth);
  }
  if (Array.isArray(schema.oneOf) && isRecord(schema.discriminator)) {
    const tag = (schema.discriminator as { propertyName: string }).propertyName;
    // The first branch with a tag wins, as selectBranch finds it.
    const branches = new Map<unknown, Step>();
    for (const branch of schema.oneOf as JsonSchema[]) {
      const tagValue = branchTag(branch, tag);
      if (!branches.has(tagValue)) branches.set(tagValue, stepOf(branch));
    }
    return (value, up, key, place, walk, depth) => ((isRecord(value) ? branches.get(value[tag]) : undefined) ?? UNCHARTED).visit(value, up, key, place, walk, depth);
  }
  // Each property's pointer segment is made once here; the value's own place is made only for the
  // first property or item that has one of its own. `for … in` and indexed loops allocate no key
  // lists or iterator results while the code is cold. A property whose schema leads nowhere (no
  // $ref, if, oneOf, properties or items) is left out: its value is counted as an unknown one is.
  const properties = new Map<string, { step: Step; segment: string }>();
  if (isRecord(schema.properties))
    for (const [key, sub] of Object.entries(schema.properties as Record<string, JsonSchema>))
      if (sub.$ref || sub.if || sub.oneOf || sub.properties || sub.items) properties.set(key, { step: stepOf(sub), segment: '/' + escape(key) });
  const items = isRecord(schema.items) ? stepOf(schema.items) : undefined;
  const hasProperties = isRecord(schema.properties);
  return (value, up, key, place, walk, depth) => {
    if (depth === MAX_NESTING) {
      countColons(value, depth, walk);
    } else if (hasProperties && isRecord(value)) {
      for (const name in value) {
        const property = properties.get(name);
        walk.colons += 1 + count(name, ':');
        if (property !== undefined) property.step.visit(value[name], (place ??= new Place(value, up, key)), property.segment, undefined, walk, depth + 1);
        else countColons(value[name], depth + 1, walk);
      }
    } else if (items !== undefined && Array.isArray(value)) {
      if (value.length > 0) place ??= new Place(value, up, key);
      for (let i = 0; i < value.length; i++) items.visit(value[i], place, i, undefined, walk, depth + 1);
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
