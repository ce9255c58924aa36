/**
 * Stable codes of the problems a session reports (as a TrackerProblem from tracker "session").
 * Each has an entry in docs/errors.md. None stops the course.
 *
 * @example
 * if (problem.code === SESSION_ERROR.trackerFailed) console.warn(problem.message);
 */
export const SESSION_ERROR = {
  /** A tracker's launch failed or one of its methods threw (a bug in it): the others go on. */
  trackerFailed: 'CK630',
  /** The saved state the trackers returned could not be restored: the learner starts afresh. */
  resumeFailed: 'CK631',
} as const;

/** One of the session's error codes. */
export type SessionErrorCode = (typeof SESSION_ERROR)[keyof typeof SESSION_ERROR];
