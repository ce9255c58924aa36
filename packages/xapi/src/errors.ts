/**
 * Stable codes of every problem @coursekit/xapi reports (TrackerProblem.code). Each has an entry
 * in docs/errors.md. CK640: the sender chunk; CK70x: launch and configuration; CK71x: delivery;
 * CK72x: the saved state; CK73x: packaging.
 *
 * @example
 * tracker.onProblem = (p) => { if (p.code === XAPI_ERROR.rejected) showSupportHint(p.detail); };
 */
export const XAPI_ERROR = {
  /** The tracker's sender (statement builder, queue, delivery) could not be loaded: events are kept on the device until it is. */
  senderUnavailable: 'CK640',
  /** A tracker method threw (a bug): it was caught and the course went on. */
  internal: 'CK700',
  /** No LRS endpoint in the configuration or the launch URL: nothing is sent. */
  noEndpoint: 'CK701',
  /** A launch parameter is missing or malformed (actor JSON, registration UUID, activity id). */
  launchParameters: 'CK702',
  /** The cmi5 fetch URL gave no auth token. */
  fetchToken: 'CK703',
  /** The cmi5 LMS.LaunchData state document could not be read. */
  launchData: 'CK704',
  /** The LRS refused the credentials (401 or 403). */
  unauthorized: 'CK705',
  /** The host's auth callback threw or returned nothing. */
  authCallback: 'CK706',
  /** The LRS rejected a statement as invalid (400): it is set aside, never retried and never dropped. */
  rejected: 'CK710',
  /** The LRS holds a different statement under the same id (409): ours is set aside. */
  conflict: 'CK711',
  /** The LRS is unreachable or failing: statements are kept and sending is retried. */
  unreachable: 'CK712',
  /** Neither IndexedDB nor localStorage is usable: statements are kept in memory only. */
  notDurable: 'CK713',
  /** Browser storage is full: new statements are kept in memory until space frees up. */
  storageFull: 'CK714',
  /** The saved state could not be read from the LRS: the learner starts from the local copy or afresh. */
  stateUnavailable: 'CK720',
  /** The saved state is damaged or belongs to another course structure: the learner starts afresh. */
  stateUnreadable: 'CK721',
  /** The state could not be saved to the LRS yet: it is kept locally and saving is retried. */
  stateNotSaved: 'CK722',
  /** LRS credentials are written into a package: every learner can read them. */
  credentialsInPackage: 'CK730',
} as const;

/** One of @coursekit/xapi's error codes. */
export type XapiErrorCode = (typeof XAPI_ERROR)[keyof typeof XAPI_ERROR];

/**
 * A failure talking to the LRS or LMS, with what the server said. Thrown only inside the
 * package; trackers turn it into a TrackerProblem and the course keeps running.
 *
 * @example
 * new XapiError('CK710', 'The LRS rejected statement 6fbd…', { status: 400, lrsMessage: "Problem in 'statements.0.verb.id'" });
 */
export class XapiError extends Error {
  override name = 'XapiError';
  readonly code: XapiErrorCode;
  /** The HTTP status, when there was a response. */
  readonly status?: number;
  /** The server's own words (an LRS error message, a cmi5 error-code and error-text). */
  readonly lrsMessage?: string;

  constructor(code: XapiErrorCode, message: string, detail: { status?: number; lrsMessage?: string } = {}) {
    super(message);
    this.code = code;
    if (detail.status !== undefined) this.status = detail.status;
    if (detail.lrsMessage !== undefined) this.lrsMessage = detail.lrsMessage;
  }
}
