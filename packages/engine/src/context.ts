import type { Assessment, LocalizedText } from '@coursekit/schema';
import type { LearningEvent } from './events';
import type { CourseIndex } from './course-index';
import type { PageRef, Refusal } from './api';

/** A learning event before the engine stamps `time` and `courseId` on it. */
export type EventBody = LearningEvent extends infer E ? (E extends LearningEvent ? Omit<E, 'time' | 'courseId'> : never) : never;

/** What the engine's parts (assessments, scenarios) share with it. */
export interface EngineContext {
  readonly index: CourseIndex;
  readonly seed: number;
  now(): number;
  emit(event: EventBody): void;
  text(text: LocalizedText | undefined): string;
  /** The page the learner is on, for events of pieces not placed on any page. */
  currentPage(): PageRef;
  /** The passing score in percent that judges an assessment: the LMS's for the assessments that make the course score, else the assessment's own. */
  passingScore(assessment: Assessment): number;
}

/**
 * A refusal with its reason and an English message.
 *
 * @example
 * refuse('locked', 'page "summary" opens once "quiz-page" is complete');
 */
export function refuse(reason: Refusal['reason'], message: string): Refusal {
  return { ok: false, reason, message };
}

/**
 * A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, null), so callers
 * never share the engine's objects. Keys whose value is undefined are left out, as JSON would.
 */
export function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = copy(v);
  }
  return out as T;
}

/** `value` when it is a plain object (as JSON gives), else an empty one: for reading saved state that may be damaged. */
export function objectOr<T extends object>(value: unknown): Partial<T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Partial<T>) : {};
}

/** The strings of `value` when it is a list, else an empty list. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}
