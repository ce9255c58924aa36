import { LazyCourseEngine } from '@coursekit/engine/lazy';
import type { CourseEngineApi, EngineOptions, LaunchData, LearningEvent, SaveReason, TerminateReason, Tracker, TrackerContext, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { StateCache, contextOf } from './context';
import { SESSION_ERROR } from './errors';
import { mergeLaunchData } from './merge';

/**
 * The engine class a session creates; `LazyCourseEngine` from `@coursekit/engine/lazy` unless given
 * (its rules arrive on demand: see `engine.whenReady()`); `CourseEngine` has them from the start.
 */
export type EngineClass = new (course: ResolvedCourse, options: EngineOptions) => CourseEngineApi;

/** The page whose lifecycle ends and saves the session: a window (its `document` fires visibilitychange). */
export type PageLifecycle = Pick<Window, 'addEventListener' | 'removeEventListener'> & { document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> };

/** What {@link Session.start} needs besides the course. */
export interface SessionOptions {
  /** Where the course is recorded, the LMS's tracker first (its learner, saved state and mode come first). */
  trackers?: readonly Tracker[];
  engineClass?: EngineClass | undefined;
  /** The host's language wish (a `lang` attribute), used when neither a saved state nor the LMS names one. */
  language?: string | undefined;
  /** Told about every tracker problem and every problem of the session itself (CK630, CK631). */
  onProblem?: (problem: TrackerProblem) => void;
  /** Told about every learning event, after the trackers. */
  onEvent?: (event: LearningEvent, engine: CourseEngineApi) => void;
  /** The page whose `pagehide` ends and `visibilitychange` saves the session; default `window`, null for none. */
  page?: PageLifecycle | null;
  /** The fewest milliseconds between two saves (answers in a burst are one save). Default 1000. */
  saveIntervalMs?: number;
  /** Clock, default Date.now. */
  now?: () => number;
}

/** What starting a session gives: the session, or why the course cannot run. */
export type SessionStart = { ok: true; session: Session } | { ok: false; code: 'engine-failed'; message: string };

// The opening of a session changes nothing a resumed learner must get back.
const NOT_SAVED = new Set<LearningEvent['type']>(['course-started', 'course-resumed']);

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function defaultPage(): PageLifecycle | null {
  return typeof window !== 'undefined' && typeof document !== 'undefined' ? window : null;
}

/**
 * One course session, the only owner of the trackers' lifecycle. It launches the trackers, merges
 * what they know (mergeLaunchData), creates the engine, hands every learning event to every
 * tracker with its context, asks them to save, and ends them once.
 *
 * The save policy: a save right after every event that changes the learner's state (an answer, a
 * scenario choice, a verdict, a page), coalesced to at most one per `saveIntervalMs`; a save when
 * the page becomes hidden; on `pagehide` only the terminate (SCORM Finish/Terminate, never a
 * Commit; xAPI keepalive). In review mode nothing is handed over or saved: the terminate only.
 * It never throws: a tracker that fails is reported (CK630) and the others go on.
 *
 * @example
 * const started = await Session.start(course, { trackers: [new Scorm2004Tracker(), new XapiTracker({ endpoint, actor })] });
 * if (started.ok) player.engine = started.session.engine;
 * // …an exit button:
 * await started.session.end('exit');
 */
export class Session {
  private readonly state: StateCache;
  private readonly off: () => void;
  private readonly page: PageLifecycle | null;
  private readonly interval: number;
  private readonly now: () => number;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSave = Number.NEGATIVE_INFINITY;
  private ending: Promise<void> | null = null;
  private readonly onPageHide = (): void => void this.end('pagehide');
  private readonly onVisibility = (): void => {
    if (this.page?.document.visibilityState === 'hidden') this.save('hidden');
  };

  private constructor(
    /** The running engine. */
    readonly engine: CourseEngineApi,
    /** What the trackers said at launch, merged. */
    readonly launch: LaunchData,
    /** The trackers that launched. */
    readonly trackers: readonly Tracker[],
    private readonly options: SessionOptions,
  ) {
    this.state = new StateCache(engine);
    this.page = options.page === undefined ? defaultPage() : options.page;
    this.interval = options.saveIntervalMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.off = engine.on((event) => this.onEvent(event));
    this.page?.addEventListener('pagehide', this.onPageHide);
    this.page?.document.addEventListener('visibilitychange', this.onVisibility);
  }

  /**
   * Launches the trackers, creates the engine (resuming the merged saved state) and starts it.
   * A tracker whose launch fails is reported and left out; without trackers the course just plays.
   */
  static async start(course: ResolvedCourse, options: SessionOptions = {}): Promise<SessionStart> {
    const report = (p: TrackerProblem): void => options.onProblem?.(p);
    const trackers = [...(options.trackers ?? [])];
    for (const t of trackers) {
      const own = t.onProblem;
      t.onProblem = (p) => {
        own?.(p);
        report(p);
      };
    }
    const settled = await Promise.allSettled(trackers.map(async (t) => t.launch({ course })));
    const live: Tracker[] = [];
    const launches: LaunchData[] = [];
    settled.forEach((r, i) => {
      const t = trackers[i]!;
      if (r.status === 'fulfilled') {
        live.push(t);
        launches.push(r.value);
      } else report({ tracker: t.name, code: SESSION_ERROR.trackerFailed, message: `${t.name}.launch failed: ${describe(r.reason)}; the course goes on without it` });
    });
    const launch = mergeLaunchData(launches);
    if (launch.snapshot && launch.snapshot.courseId !== course.id) {
      report({ tracker: 'session', code: SESSION_ERROR.resumeFailed, message: `the saved state is of course "${launch.snapshot.courseId}", not "${course.id}"; starting afresh` });
      launch.snapshot = null;
    }
    const Engine = options.engineClass ?? LazyCourseEngine;
    const wish = options.language && course.languages.includes(options.language) ? options.language : undefined;
    const language = launch.language ?? wish;
    const base: EngineOptions = {
      ...(launch.passingScore !== null ? { passingScore: launch.passingScore } : {}),
      ...(launch.learner.id ? { learnerId: launch.learner.id } : {}),
    };
    const fresh: EngineOptions = language ? { ...base, language } : base;
    let engine: CourseEngineApi;
    try {
      // A saved state keeps the language the learner last chose.
      engine = new Engine(course, launch.snapshot ? { ...base, snapshot: launch.snapshot } : fresh);
    } catch (error) {
      if (!launch.snapshot) return Session.abandon(describe(error));
      report({ tracker: 'session', code: SESSION_ERROR.resumeFailed, message: `the saved state could not be restored (${describe(error)}); starting afresh` });
      launch.snapshot = null;
      try {
        engine = new Engine(course, fresh);
      } catch (again) {
        return Session.abandon(describe(again));
      }
    }
    const session = new Session(engine, launch, live, options);
    engine.start();
    return { ok: true, session };
  }

  private static abandon(message: string): SessionStart {
    // The trackers are left as launched: terminating would send the learner of a cmi5 AU away
    // before they read why the course did not start.
    return { ok: false, code: 'engine-failed', message };
  }

  /** Whether the session records: not once ended, never in review mode. */
  private get recording(): boolean {
    return this.ending === null && this.launch.mode !== 'review';
  }

  private problem(t: Tracker, what: string, error: unknown): void {
    this.options.onProblem?.({ tracker: t.name, code: SESSION_ERROR.trackerFailed, message: `${t.name}.${what} threw: ${describe(error)}` });
  }

  private guard(t: Tracker, what: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.problem(t, what, error);
    }
  }

  private onEvent(event: LearningEvent): void {
    if (this.ending !== null) return;
    this.state.invalidate();
    if (this.recording) {
      const ctx = contextOf(this.engine, this.state, event);
      for (const t of this.trackers) this.guard(t, 'handle', () => t.handle(event, ctx));
      if (!NOT_SAVED.has(event.type)) this.requestSave();
    }
    this.options.onEvent?.(event, this.engine);
  }

  /** A save soon: at once when the last one is `saveIntervalMs` old, else when it will be. Events of one action make one save. */
  requestSave(): void {
    if (!this.recording || this.saveTimer !== null) return;
    const wait = Math.max(0, this.lastSave + this.interval - this.now());
    this.saveTimer = setTimeout(() => this.save(), wait);
  }

  /**
   * Asks every tracker to persist the learner's state now (a pending save is folded into this one).
   * `hidden` when the page became hidden: the trackers send without waiting for a reply.
   */
  save(reason: SaveReason = 'change'): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.recording) return;
    this.lastSave = this.now();
    this.state.invalidate();
    const ctx: TrackerContext = contextOf(this.engine, this.state);
    for (const t of this.trackers) this.guard(t, 'save', () => t.save(ctx, reason));
  }

  /**
   * Ends the session once: stops handing events over and terminates every tracker with the final
   * state. `pagehide` (the page is going away) is the session's own; `exit` is for an exit button or
   * an element leaving the page. Later calls return the same promise.
   */
  end(reason: TerminateReason = 'exit'): Promise<void> {
    if (this.ending) return this.ending;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.page?.removeEventListener('pagehide', this.onPageHide);
    this.page?.document.removeEventListener('visibilitychange', this.onVisibility);
    this.off();
    this.state.invalidate();
    const ctx = contextOf(this.engine, this.state);
    // Every terminate starts now, synchronously (an async function runs up to its first await):
    // on pagehide there is no later task to start it in.
    const done = this.trackers.map(async (t) => {
      try {
        await t.terminate(reason, ctx);
      } catch (error) {
        this.problem(t, 'terminate', error);
      }
    });
    this.ending = Promise.all(done).then(() => undefined);
    return this.ending;
  }
}
