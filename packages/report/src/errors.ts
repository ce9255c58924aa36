/** Stable codes of report errors; each has an entry in docs/errors.md. */
export const REPORT_ERROR = {
  /** The statements file could not be read (missing, a directory, no permission). */
  fileUnreadable: 'CK801',
  /** The statements file is not a JSON array or NDJSON of statements. */
  fileMalformed: 'CK802',
  /** The LRS could not be reached. */
  lrsUnreachable: 'CK803',
  /** The LRS answered with an error status. */
  lrsStatus: 'CK804',
  /** The LRS answered with something that is not a statement result. */
  lrsMalformed: 'CK805',
  /** Credentials were missing or unreadable. */
  credentials: 'CK806',
  /** The roster file could not be read or parsed. */
  roster: 'CK807',
  /** The LRS's `more` link leads to another origin: not followed, so the credentials stay with the LRS. */
  moreOffOrigin: 'CK810',
} as const;

export type ReportErrorCode = (typeof REPORT_ERROR)[keyof typeof REPORT_ERROR];

/**
 * A problem that stops a report: what went wrong, where, and how to fix it.
 *
 * @example
 * throw new ReportError(REPORT_ERROR.lrsStatus, 'the LRS answered 401 Unauthorized', {
 *   where: 'https://lrs.example.org/xapi/statements',
 *   hint: 'check COURSEKIT_LRS_USERNAME and COURSEKIT_LRS_PASSWORD',
 * });
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';
  readonly code: ReportErrorCode;
  /** A file path with line, or a URL. */
  readonly where: string | undefined;
  readonly hint: string | undefined;

  constructor(code: ReportErrorCode, message: string, options: { where?: string; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.where = options.where;
    this.hint = options.hint;
  }
}
