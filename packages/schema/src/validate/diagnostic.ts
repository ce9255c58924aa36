import type { Code } from './codes';

/** How bad a problem is: an error makes the course invalid; a warning does not. */
export type Severity = 'error' | 'warning';

/**
 * One problem in a course, located in the author's own file.
 *
 * @example
 * {
 *   code: 'CK203', severity: 'error', file: 'course.json', line: 212, column: 19,
 *   pointer: '/scenarios/0/nodes/3/choices/0/next',
 *   message: 'scenario "parcel": choice "accept" goes to "consequense-1", which does not exist',
 *   hint: 'did you mean "consequence-1"?',
 * }
 */
export interface Diagnostic {
  /** Stable code, `CK` and three digits; each has an entry in docs/errors.md. */
  code: Code;
  severity: Severity;
  /** What is wrong, with the values involved. */
  message: string;
  /** The file the problem is in: the course file, or the included file for included parts. */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  /** 1-based column in `file`, in UTF-16 code units (as editors count). */
  column: number;
  /** JSON pointer (RFC 6901) to the value inside `file`. */
  pointer: string;
  /** How to fix it: the nearest valid value, or what to do. */
  hint?: string;
}

/** A problem as a rule reports it: located by pointer into the course; file and position come later. */
export interface Issue {
  code: Code;
  message: string;
  /** JSON pointer into the validated document (the resolved course for validateFile). */
  pointer: string;
  hint?: string;
  severity?: Severity;
  /** Point at the property name rather than its value (unknown or duplicate properties). */
  at?: 'key' | 'value';
  /** Another place the message refers to (the first use of a duplicate id): its line is added to the message. */
  related?: string;
}

/**
 * Thrown by {@link assertValid} and the node loader when a course is invalid. Carries every problem.
 *
 * @example
 * try { assertValid(text, { file: 'course.json' }); }
 * catch (e) { if (e instanceof CourseValidationError) console.error(e.diagnostics[0].code); }
 */
export class CourseValidationError extends Error {
  override readonly name = 'CourseValidationError';
  /** The code of the first error. */
  readonly code: Code;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;

  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    if (first === undefined) throw new TypeError('CourseValidationError needs at least one diagnostic');
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
    super(`${first.file}:${first.line}:${first.column} ${first.code} ${first.message}${more}`);
    this.code = first.code;
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.pointer = first.pointer;
  }
}
