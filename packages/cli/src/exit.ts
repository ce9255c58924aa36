/**
 * The exit codes of every command, documented in docs/cli.md. The mapping from errors to codes
 * lives here and nowhere else.
 *
 * @example
 * process.exitCode = exitCodeFor(error); // 1 for an invalid course, 2 for an unwritable --out
 */
export const EXIT = {
  /** Success: the course is valid, the package was written. */
  ok: 0,
  /** The input is invalid: schema or semantic errors, bad assets, a course too big for the target. */
  invalid: 1,
  /** A usage error (unknown command or option, missing argument) or an I/O error (unreadable course, unwritable --out). */
  usage: 2,
  /** A bug in CourseKit: please report it with the message. */
  internal: 3,
} as const;

/** One of the exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Stable codes of the CLI's own errors (docs/errors.md, "Packager and CLI"). */
export const CLI_ERROR = {
  /** An unknown command. */
  unknownCommand: 'CK950',
  /** An unknown option, or an option without its value. */
  badOption: 'CK951',
  /** A required argument is missing or there are too many. */
  badArguments: 'CK952',
  /** An option's value is not one of those allowed. */
  badValue: 'CK953',
  /** The folder `coursekit init` would write into already holds a course. */
  initExists: 'CK954',
  /** A file or folder could not be read or written. */
  io: 'CK955',
  /** A report output names one of the command's own input files. */
  outputIsInput: 'CK957',
} as const;

/**
 * A mistake in how a command was called, or a file it could not read or write: exit 2.
 *
 * @example
 * throw new UsageError(CLI_ERROR.badValue, 'unknown target "scorm"', 'use one of: scorm12, scorm2004-3, …');
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/**
 * The exit code for whatever a command threw.
 *
 * @example
 * exitCodeFor(new UsageError('CK951', 'unknown option --tagret')); // 2
 */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT.usage;
  const e = error as { name?: string; isIoError?: boolean; code?: unknown };
  if (e?.name === 'PackageError') return e.isIoError ? EXIT.usage : EXIT.invalid;
  // Report errors: malformed statements are invalid input; files, network and credentials are I/O.
  if (e?.name === 'ReportError') return e.code === 'CK802' || e.code === 'CK805' ? EXIT.invalid : EXIT.usage;
  // Node's own I/O failures carry an errno code such as ENOENT or EACCES.
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code)) return EXIT.usage;
  return EXIT.internal;
}

/**
 * The exit code for a list of course problems (what `validate` prints): 0 when none is an error
 * (warnings allowed), 1 when one is, 2 when the course file itself could not be read (CK001).
 *
 * @example
 * return exitCodeForProblems(await validateFile('course.json'));
 */
export function exitCodeForProblems(problems: ReadonlyArray<{ code: string; severity?: 'error' | 'warning' }>): ExitCode {
  if (problems.some((p) => p.code === 'CK001')) return EXIT.usage;
  return problems.some((p) => (p.severity ?? 'error') === 'error') ? EXIT.invalid : EXIT.ok;
}
