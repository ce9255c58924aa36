import type { Issue } from '../diagnostic';
import { isRecord, type CourseIndex, type Typed } from '../walk';

/** What every rule sees: the course, its index by schema definition, and where to report. */
export interface RuleContext {
  course: Record<string, unknown>;
  index: CourseIndex;
  /** Valid course languages (those that are strings). */
  languages: string[];
  /** Some scenarios are still `$include`s (validate() on one file): references to scenarios are not checked. */
  unresolvedScenarios: boolean;
  report(issue: Issue): void;
}

/** A named semantic rule: a check the JSON Schema cannot express. */
export interface Rule {
  name: string;
  run(context: RuleContext): void;
}

/** Every value of a schema definition, as objects (others are the schema's business). */
export function records(index: CourseIndex, def: string): ReadonlyArray<Typed & { value: Record<string, unknown> }> {
  const list = index.get(def) ?? [];
  const isRecordTyped = (typed: Typed): typed is Typed & { value: Record<string, unknown> } => isRecord(typed.value);
  // Usually every one is an object: the index's own list is then returned, not a copy.
  return list.every(isRecordTyped) ? list : list.filter(isRecordTyped);
}

/** A string property, or undefined. */
export function str(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** An array property, or []. */
export function arr(record: Record<string, unknown>, key: string): unknown[] {
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

/** A finite number property, or undefined. */
export function num(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Reports the second and later uses of each id in a list of `[id, pointer]`.
 *
 * @example duplicates([['a', '/x/0/id'], ['a', '/x/1/id']], (id, at, first) => …) // called once
 */
export function duplicates(entries: Iterable<readonly [string, string]>, onDuplicate: (id: string, pointer: string, firstPointer: string) => void): void {
  const seen = new Map<string, string>();
  for (const [id, pointer] of entries) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, pointer);
    else onDuplicate(id, pointer, first);
  }
}

/** `"a", "b" and "c"` */
export function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
