/**
 * Every code a CourseKit element puts in `ck-error`'s `detail.code`, besides the `CKnnn` codes
 * trackers report (CK6xx SCORM, CK7xx xAPI and cmi5). The one registry: each member's comment is
 * what happened, and docs/errors.md ("Components in the learner's page") has the same list (a
 * test compares them). Types only, so no learner downloads this table.
 *
 * @example
 * const code: ComponentErrorCode = 'course-fetch-failed';
 */
export interface ComponentErrorCodes {
  /** `src` could not be fetched; the message has the URL and the HTTP status. */
  'course-fetch-failed': 'ck-course-player' | 'ck-scenario' | 'ck-micro-cards';
  /** `src` is not JSON; the message has the parser's position. */
  'course-invalid-json': 'ck-course-player' | 'ck-scenario' | 'ck-micro-cards';
  /** The course lacks what the player needs to start (an id, languages, modules with pages). */
  'course-invalid': 'ck-course-player';
  /** The engine could not start on this course; the message is the engine's. */
  'engine-failed': 'ck-course-player' | 'ck-scenario' | 'ck-micro-cards';
  /** `scenario-id` names no scenario in the course. */
  'scenario-not-found': 'ck-scenario';
  /** A theme value is not a plain colour, font list or length, and was left out. */
  'theme-invalid-value': 'ck-course-player';
  /** A tracker's launch failed; the course goes on without that tracker. */
  'tracker-launch-failed': 'ck-course-player';
  /** A tracker threw while recording; the other trackers go on. */
  'tracker-failed': 'ck-course-player';
  /** The saved state belongs to another course; the learner starts afresh. */
  'resume-foreign': 'ck-course-player';
  /** The saved state could not be restored; the learner starts afresh. */
  'resume-failed': 'ck-course-player';
  /** A part of the element's bundle (a chunk beside it: the session's code, the scenario map) could not be fetched; the message says which. */
  'part-fetch-failed': 'ck-scenario' | 'ck-micro-cards';
  /** The certificate's PDF could not be made; the learner is told to print instead. */
  'certificate-pdf-failed': 'ck-certificate';
}

/** A code of `ck-error`: one of the elements' own, or a tracker's `CKnnn`. */
export type ComponentErrorCode = keyof ComponentErrorCodes;

/** What `ck-error`'s `detail.code` can be. */
export type CkErrorCode = ComponentErrorCode | `CK${number}`;
