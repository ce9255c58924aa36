import type { ResolvedCourse } from '@coursekit/schema';
import type { LearningEvent } from './events';
import type { EngineSnapshot } from './snapshot';

/**
 * What a tracker learned when it launched: who the learner is and where they left off.
 * The session merges what every tracker returned (see `@coursekit/session`) before it creates the engine.
 */
export interface LaunchData {
  /**
   * Who the learner is, as the LMS or the launch says: an id (SCORM `cmi.core.student_id` /
   * `cmi.learner_id`, the xAPI actor), a name, and the learner's work unit (unit kerja) when the
   * launch names one (`organisation_unit` of an xAPI or cmi5 launch URL). A tracker that knows no
   * unit may leave it out.
   */
  learner: { id: string | null; name: string | null; unit?: string | null };
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

/** Turns a snapshot into the string trackers store: `encodeSnapshot` of `@coursekit/codec`. */
export type SnapshotEncoder = (course: ResolvedCourse, snapshot: EngineSnapshot) => string;

/** What a tracker is given at launch, before any engine exists. */
export interface LaunchContext {
  readonly course: ResolvedCourse;
}

/**
 * Where a learning event happened and the learner's state, as the session hands it to a tracker
 * with every event, every save and the terminate. A tracker reads everything it needs here and
 * never reaches into the engine.
 */
export interface TrackerContext {
  readonly course: ResolvedCourse;
  /** The module and page the event belongs to (for events not placed on a page, the page the learner is on). */
  readonly moduleId: string;
  readonly pageId: string;
  /** The language the learner sees. */
  readonly language: string;
  /** Milliseconds in the course over all sessions, this one included, when the context was made. */
  readonly totalTimeMs: number;
  /** The learner's state. Every tracker gets the same object: it is taken at most once per save. */
  snapshot(): EngineSnapshot;
  /**
   * The state encoded by `encode`: pass `encodeSnapshot` of `@coursekit/codec` (suspend_data, the
   * xAPI state, localStorage). Trackers that pass the same encoder share one string: the state is
   * encoded at most once per save, and a page without trackers never loads the codec.
   */
  encoded(encode: SnapshotEncoder): string;
}

/**
 * Why the session asks for a save.
 * - `change`: the learner's state changed (the session's save policy: at most one a second).
 * - `hidden`: the page became hidden, the last moment mobile browsers reliably give: it may be
 *   closed without another event, so send now without waiting for a reply (xAPI keepalive).
 */
export type SaveReason = 'change' | 'hidden';

/**
 * Why a session ends.
 * - `exit`: the learner or the host ended it while the page stays (an exit button, the element
 *   removed, another course loaded): a tracker may wait for replies and navigate away (cmi5 returnURL).
 * - `pagehide`: the page is going away: nothing may wait for a reply, synchronous requests are
 *   refused; only what ends the session (SCORM Finish/Terminate, keepalive requests) is sent.
 */
export type TerminateReason = 'exit' | 'pagehide';

/**
 * A destination for learning events: an LMS through SCORM, an LRS through xAPI, localStorage.
 * A session (`@coursekit/session`) owns it: launches it, hands it every event with its context,
 * asks it to save and ends it. A tracker never subscribes to the engine, never registers its own
 * `pagehide` or `visibilitychange` listener and never decides when to save. It never throws into
 * the course: failures go to `onProblem` and the course keeps working.
 *
 * @example
 * const tracker: Tracker = {
 *   name: 'console',
 *   async launch() { return { learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [] }; },
 *   handle(event, ctx) { console.log(event.type, ctx.pageId); },
 *   save(ctx) { localStorage.setItem('state', ctx.encoded(encodeSnapshot)); }, // encodeSnapshot from @coursekit/codec
 *   async terminate() {},
 * };
 */
export interface Tracker {
  /** A short name for logs: "scorm12", "scorm2004", "xapi", "cmi5", "local". */
  readonly name: string;
  /** Connects to the LMS/LRS and reads what it knows. Called once, before the engine exists. */
  launch(ctx: LaunchContext): Promise<LaunchData>;
  /** Records one learning event. Called once per event, in order, from the engine's start to the terminate. */
  handle(event: LearningEvent, ctx: TrackerContext): void;
  /** Persists the learner's state now (SCORM: write and Commit; xAPI: the State resource; the browser's local storage). The session decides when, and says why (default `change`). */
  save(ctx: TrackerContext, reason?: SaveReason): void;
  /**
   * Ends the session: the final state, then the LMS's Finish/Terminate or the closing statements.
   * `ctx` is absent only when the course never started. Called once; later calls do nothing.
   */
  terminate(reason: TerminateReason, ctx?: TrackerContext): Promise<void>;
  /** Set by the session: told about every problem the tracker recovered from. */
  onProblem?: (problem: TrackerProblem) => void;
}
