import type { Course, ResolvedCourse } from '../format/index';
import { CODES } from './codes';
import { CourseValidationError, type Diagnostic } from './diagnostic';
import { parseJson } from './parse';
import { assertValid, type ValidateOptions } from './validate';
import { isRecord } from './walk';

/** The pointer of the first module, page or scenario still written as `{ "$include": … }`, or null. */
function firstInclude(course: Record<string, unknown>): string | null {
  const isInclude = (v: unknown) => isRecord(v) && '$include' in v;
  const modules = Array.isArray(course.modules) ? course.modules : [];
  for (const [m, module] of modules.entries()) {
    if (isInclude(module)) return `/modules/${m}`;
    const pages = isRecord(module) && Array.isArray(module.pages) ? module.pages : [];
    for (const [p, page] of pages.entries()) if (isInclude(page)) return `/modules/${m}/pages/${p}`;
  }
  const scenarios = Array.isArray(course.scenarios) ? course.scenarios : [];
  for (const [s, scenario] of scenarios.entries()) if (isInclude(scenario)) return `/scenarios/${s}`;
  return null;
}

/**
 * Checks a whole course and gives it its type: what `import course from './course.json'` or
 * `JSON.parse` hands TypeScript as plain JSON becomes a {@link ResolvedCourse} that the engine and
 * the elements take. Throws a {@link CourseValidationError} listing every error (file, line, column,
 * pointer) when the course is invalid, or (CK503) when a part is still an `$include`: read such a
 * course with `loadCourse` from `@coursekit/schema/node`, which follows the includes.
 *
 * @example
 * import json from './course.json';
 * const engine = new CourseEngine(parseCourse(json));
 */
export function parseCourse(input: string | unknown, options: ValidateOptions = {}): ResolvedCourse {
  const file = options.file ?? 'course.json';
  assertValid(input, options);
  const value = (typeof input === 'string' ? JSON.parse(input) : input) as Record<string, unknown>;
  const pointer = firstInclude(value);
  if (pointer === null) return value as unknown as ResolvedCourse;
  const text = typeof input === 'string' ? input : (JSON.stringify(input, null, 2) ?? 'null');
  const where = parseJson(text, file).source.locate(pointer);
  const diagnostic: Diagnostic = {
    code: CODES.includeUnresolved,
    severity: 'error',
    message: `this part is still { "$include": … }: a course given as a value must have its includes resolved`,
    file: where.file,
    line: where.line,
    column: where.column,
    pointer,
    hint: "read the course with loadCourse('course.json') from @coursekit/schema/node, which follows the includes, or put the part itself here",
  };
  throw new CourseValidationError([diagnostic]);
}

/**
 * Types a course written in TypeScript, so the editor completes and checks it while it is typed.
 * It returns the course unchanged and checks nothing at run time: use {@link parseCourse} on
 * courses that come from outside the program.
 *
 * @example
 * export default defineCourse({ schemaVersion: '1.0', id: 'etika', version: '1.0.0', title: 'Etika', languages: ['id'], defaultLanguage: 'id', modules: [] });
 */
export function defineCourse(course: Course): Course {
  return course;
}
