import type { ResolvedCourse } from '@coursekit/schema';
import type { LearningEvent } from './events';
import type { EngineSnapshot } from './snapshot';
import type { CourseEngineApi } from './api';

/**
 * What a tracker learned when it launched: who the learner is and where they left off.
 * The player reads it before it creates the engine.
 */
export interface LaunchData {
  learner: { id: string | null; name: string | null };
  /** The saved state to resume from, or null for a fresh start (or a state that could not be read). */
  snapshot: EngineSnapshot | null;
  /** A passing score in percent from the LMS (SCORM mastery score, cmi5 masteryScore), overriding the course's. */
  passingScore: number | null;
  /** The learner's preferred language from the LMS, if it is one of the course's. */
  language: string | null;
  /** normal: tracked; browse: tracked, no score; review: read-only, nothing recorded. */
  mode: 'normal' | 'browse' | 'review';
  /**
   * Something the learner should know, shown as a non-blocking notice: no LMS found (standalone),
   * a saved state that could not be read (fresh start). A stable code plus English text; the player translates the code.
   */
  notices: Array<{ code: string; message: string }>;
}

/** A problem a tracker met and recovered from; the player shows it and emits `ck-error`. */
export interface TrackerProblem {
  tracker: string;
  code: string;
  message: string;
  /** The LMS's or LRS's own error code and text, when it gave one. */
  detail?: string;
}

/**
 * A destination for learning events: an LMS through SCORM, an LRS through xAPI, localStorage.
 * Several run at once (SCORM and xAPI side by side). Trackers never throw into the course:
 * failures are reported through `onProblem` and the course keeps working.
 */
export interface Tracker {
  /** A short name for logs: "scorm12", "scorm2004", "xapi", "cmi5", "local". */
  readonly name: string;
  /** Connect to the LMS/LRS and read what it knows. Called once, before the engine exists. */
  launch(course: ResolvedCourse): Promise<LaunchData>;
  /** Attach to the running engine: from now on, record each event and persist state. */
  attach(engine: CourseEngineApi): void;
  /** Record one learning event (called for every event, in order). */
  record(event: LearningEvent): void;
  /** Persist the learner's state so a later launch resumes here. */
  save(snapshot: EngineSnapshot): void;
  /** Flush everything and end the session. Safe to call more than once; later calls do nothing. */
  terminate(): Promise<void>;
  /** Called by the tracker when something failed and was recovered from. */
  onProblem?: (problem: TrackerProblem) => void;
}
