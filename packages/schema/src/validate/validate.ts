import type { Diagnostic, Issue } from './diagnostic';
import { CourseValidationError } from './diagnostic';
import { MAX_NESTING, valueTooDeep } from './depth';
import { CODES } from './codes';
import { parseJson } from './parse';
import { coreSchema } from '../schema/generated/core-schema';
import { semanticIssues, textsToCheck } from './semantic';
import type { Locator } from './source';
import { structuralIssues } from './structure';
import { indexCourse, indexCourseCountingColons, type CourseIndex } from './walk';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** The file name diagnostics carry. Default `course.json`. */
  file?: string;
}

/**
 * Validates a course: strict JSON with duplicate keys (when given text), the JSON Schema, and every
 * semantic rule that needs no files (ids, references, scenario graphs, languages, scores). Pure and
 * browser-safe: it compiles nothing at run time and reads no files; `$include`d parts are left
 * unchecked (use `validateFile` from `@coursekit/schema/node` to follow them).
 *
 * Returns every problem, errors and warnings, in file order; an empty list means valid. A value
 * (rather than text) is located in its `JSON.stringify(value, null, 2)` form.
 *
 * @example
 * const diagnostics = validate(text, { file: 'course.json' });
 * if (diagnostics.some((d) => d.severity === 'error')) console.error(formatDiagnostics(diagnostics));
 */
export function validate(input: string | unknown, options: ValidateOptions = {}): Diagnostic[] {
  const file = options.file ?? 'course.json';
  let value: unknown;
  let locator: Locator;
  if (typeof input === 'string') {
    // One walk of the value for the duplicate-key count and the index the checks use.
    let walked: CourseIndex | undefined;
    const parsed = parseJson(input, file, {
      countColons: (v) => {
        // Only the texts the rules could report are listed (see textsToCheck).
        const walk = indexCourseCountingColons(v, coreSchema, { texts: textsToCheck(v) });
        walked = walk.index;
        return walk;
      },
    });
    if (!parsed.ok) return parsed.diagnostics;
    value = parsed.value;
    locator = parsed.source;
    return [...parsed.diagnostics, ...checkValue(value, locator, walked)];
  }
  value = input;
  const deep = valueTooDeep(value);
  if (deep !== null) {
    return [{ code: CODES.tooDeep, severity: 'error', message: `objects and lists nest more than ${MAX_NESTING} levels deep here; a course needs about a dozen`, file, line: 1, column: 1, pointer: deep }];
  }
  let source: Locator | undefined;
  locator = { locate: (pointer, at) => (source ??= parseJson(JSON.stringify(value, null, 2) ?? 'null', file).source).locate(pointer, at) };
  return checkValue(value, locator);
}

/**
 * Runs the schema and the semantic rules on a parsed course and locates each issue (`index`: the
 * course's index when the caller has it already).
 *
 * @example checkValue(JSON.parse(text), parseJson(text, 'course.json').source)
 */
export function checkValue(value: unknown, locator: Locator, index: CourseIndex = indexCourse(value)): Diagnostic[] {
  const issues = [...structuralIssues(value), ...semanticIssues(value, index)];
  return toDiagnostics(issues, locator);
}

/** Locates issues in the author's files and sorts them by file, line and column. */
export function toDiagnostics(issues: readonly Issue[], locator: Locator): Diagnostic[] {
  const diagnostics = issues.map((issue): Diagnostic => {
    const where = locator.locate(issue.pointer, issue.at);
    let message = issue.message;
    if (issue.related !== undefined) {
      const first = locator.locate(issue.related, issue.at);
      message += first.file === where.file ? `; first used on line ${first.line}` : `; first used in ${first.file}:${first.line}`;
    }
    return {
      code: issue.code,
      severity: issue.severity ?? 'error',
      message,
      file: where.file,
      line: where.line,
      column: where.column,
      pointer: where.pointer,
      ...(issue.hint !== undefined ? { hint: issue.hint } : {}),
    };
  });
  const order = new Map<string, number>();
  for (const d of diagnostics) if (!order.has(d.file)) order.set(d.file, order.size);
  return diagnostics.sort((a, b) => (order.get(a.file) as number) - (order.get(b.file) as number) || a.line - b.line || a.column - b.column);
}

/**
 * Throws a {@link CourseValidationError} when the course has errors; returns the warnings otherwise.
 *
 * @example const warnings = assertValid(text, { file: 'course.json' });
 */
export function assertValid(input: string | unknown, options: ValidateOptions = {}): Diagnostic[] {
  const diagnostics = validate(input, options);
  if (diagnostics.some((d) => d.severity === 'error')) throw new CourseValidationError(diagnostics);
  return diagnostics;
}

/**
 * The exit code a command should end with: 0 valid (warnings allowed), 1 invalid, 2 when the course
 * file itself could not be read (CK001).
 *
 * @example process.exitCode = exitCodeFor(await validateFile('course.json'));
 */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): 0 | 1 | 2 {
  if (diagnostics.some((d) => d.code === 'CK001')) return 2;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
