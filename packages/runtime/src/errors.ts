/**
 * Stable codes of every problem the runtime reports. Each has an entry in docs/errors.md.
 * CK60x: talking to the LMS; CK61x: the saved state; CK62x: local storage.
 *
 * @example
 * if (problem.code === LMS_ERROR.commit) showRetryHint();
 */
export const LMS_ERROR = {
  /** No SCORM API found in this window, its parents or its opener: the course runs standalone. */
  noLms: 'CK601',
  /** Initialize / LMSInitialize returned false or threw. */
  initialize: 'CK602',
  /** GetValue / LMSGetValue reported an error. */
  getValue: 'CK603',
  /** SetValue / LMSSetValue returned false or threw. */
  setValue: 'CK604',
  /** Commit / LMSCommit returned false or threw. */
  commit: 'CK605',
  /** Terminate / LMSFinish returned false or threw. */
  terminate: 'CK606',
  /** The state is larger than the LMS holds: the last state that fitted is kept. */
  stateTooLarge: 'CK610',
  /** The saved state is damaged or from an unknown format: the learner starts afresh. */
  stateUnreadable: 'CK611',
  /** The saved state belongs to another course or course structure: the learner starts afresh. */
  stateForeign: 'CK612',
  /** A tracker threw from one of its methods (a bug): the others went on. */
  trackerFailed: 'CK600',
  /** A value was shortened or left out to meet a SCORM field limit (documented fallback). */
  valueAdapted: 'CK613',
  /** localStorage is unavailable or full: progress lasts only while the page is open. */
  storage: 'CK620',
} as const;

/** One of the runtime's error codes. */
export type LmsErrorCode = (typeof LMS_ERROR)[keyof typeof LMS_ERROR];

/**
 * A call to the LMS failed. Carries the LMS's own error code, error string and diagnostic so the
 * learner (and support) see what the LMS said; the course keeps running.
 *
 * @example
 * new LmsError('CK605', 'LMSCommit failed', { call: 'LMSCommit', lmsCode: '101', lmsMessage: 'General exception' });
 */
export class LmsError extends Error {
  override name = 'LmsError';
  readonly code: LmsErrorCode;
  /** The API function called, e.g. "SetValue". */
  readonly call?: string;
  /** The CMI element, for GetValue and SetValue. */
  readonly element?: string;
  /** GetLastError's result. */
  readonly lmsCode?: string;
  /** GetErrorString's result. */
  readonly lmsMessage?: string;
  /** GetDiagnostic's result. */
  readonly diagnostic?: string;

  constructor(code: LmsErrorCode, message: string, detail: { call?: string; element?: string; lmsCode?: string; lmsMessage?: string; diagnostic?: string } = {}) {
    super(message);
    this.code = code;
    Object.assign(this, detail);
  }

  /** "LMS error 405: Incorrect Data Type (diagnostic)" — the LMS's words, for the TrackerProblem detail. */
  get lmsDetail(): string | undefined {
    if (!this.lmsCode && !this.lmsMessage && !this.diagnostic) return undefined;
    const diag = this.diagnostic && this.diagnostic !== this.lmsMessage ? ` (${this.diagnostic})` : '';
    return `LMS error ${this.lmsCode ?? '?'}: ${this.lmsMessage ?? ''}${diag}`;
  }
}
