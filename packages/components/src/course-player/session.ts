import { CourseEngine } from '@coursekit/engine';
import type { CourseEngineApi, EngineOptions, LaunchData, LearningEvent, Tracker, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';

/** The engine class the player creates; `CourseEngine` from `@coursekit/engine` unless given. */
export type EngineClass = new (course: ResolvedCourse, options: EngineOptions) => CourseEngineApi;

/** The engine the player creates unless told otherwise. */
export const defaultEngineClass: EngineClass = CourseEngine;

/** A running course: the engine, what the trackers said at launch, and how to end it. */
export interface Session {
  engine: CourseEngineApi;
  launch: LaunchData;
  /** Stops forwarding events and terminates every tracker (also done on `pagehide`). */
  end(): Promise<void>;
}

/** What {@link startSession} needs besides the course. */
export interface SessionOptions {
  trackers?: readonly Tracker[];
  engineClass?: EngineClass | undefined;
  /** The host's language wish (the `lang` attribute), used when no saved state or LMS names one. */
  language?: string | undefined;
  /** Told about every tracker problem, and about a saved state that could not be restored. */
  onProblem: (problem: TrackerProblem) => void;
  /** Told about every learning event, after the trackers. */
  onEvent?: (event: LearningEvent, engine: CourseEngineApi) => void;
}

// Every event but the session's opening changes what a resumed learner must get back.
const NOT_SAVED = new Set<LearningEvent['type']>(['course-started', 'course-resumed']);

/**
 * Merges what several trackers learned at launch, in order: the first that knows the learner, the
 * first saved state, passing score and language win; every notice is kept.
 *
 * @example
 * mergeLaunchData([scormLaunch, xapiLaunch]).snapshot;
 */
export function mergeLaunchData(launches: readonly LaunchData[]): LaunchData {
  const merged: LaunchData = { learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: launches[0]?.mode ?? 'normal', notices: [] };
  for (const l of launches) {
    if (merged.learner.id === null && merged.learner.name === null) merged.learner = { ...l.learner };
    merged.snapshot ??= l.snapshot;
    merged.passingScore ??= l.passingScore;
    merged.language ??= l.language;
    for (const n of l.notices) if (!merged.notices.some((m) => m.code === n.code)) merged.notices.push(n);
  }
  return merged;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Launches the trackers, creates the engine (resuming the first saved state), attaches the
 * trackers, forwards every learning event to every tracker and saves the state after each one
 * that changes it, then starts the engine. Trackers terminate on `pagehide`. Never throws: a
 * tracker that fails is reported and left out; without trackers the course just plays.
 *
 * @example
 * const r = await startSession(course, { trackers: [new Scorm2004Tracker()], onProblem: show });
 * if (r.ok) player.engine = r.session.engine;
 */
export async function startSession(course: ResolvedCourse, options: SessionOptions): Promise<{ ok: true; session: Session } | { ok: false; code: 'engine-failed'; message: string }> {
  const Engine = options.engineClass ?? defaultEngineClass;
  const trackers = [...(options.trackers ?? [])];
  const report = options.onProblem;
  for (const t of trackers) {
    const own = t.onProblem;
    t.onProblem = (p) => {
      own?.(p);
      report(p);
    };
  }
  const settled = await Promise.allSettled(trackers.map((t) => t.launch(course)));
  const live: Tracker[] = [];
  const launches: LaunchData[] = [];
  settled.forEach((r, i) => {
    const t = trackers[i]!;
    if (r.status === 'fulfilled') {
      live.push(t);
      launches.push(r.value);
    } else report({ tracker: t.name, code: 'tracker-launch-failed', message: `${t.name}.launch failed: ${describe(r.reason)}; the course goes on without it` });
  });
  const launch = mergeLaunchData(launches);
  if (launch.snapshot && launch.snapshot.courseId !== course.id) {
    report({ tracker: 'player', code: 'resume-foreign', message: `the saved state is for course "${launch.snapshot.courseId}", not "${course.id}"; starting afresh` });
    launch.snapshot = null;
  }
  const wish = options.language && course.languages.includes(options.language) ? options.language : undefined;
  const base: EngineOptions = {
    ...(launch.passingScore !== null ? { passingScore: launch.passingScore } : {}),
    ...(launch.learner.id ? { learnerId: launch.learner.id } : {}),
    ...(launch.snapshot ? {} : (launch.language ?? wish) ? { language: (launch.language ?? wish)! } : {}),
  };
  let engine: CourseEngineApi;
  try {
    engine = new Engine(course, launch.snapshot ? { ...base, snapshot: launch.snapshot } : base);
  } catch (error) {
    if (!launch.snapshot) return { ok: false, code: 'engine-failed', message: describe(error) };
    report({ tracker: 'player', code: 'resume-failed', message: `the saved state could not be restored (${describe(error)}); starting afresh` });
    launch.snapshot = null;
    try {
      engine = new Engine(course, { ...base, ...((launch.language ?? wish) ? { language: (launch.language ?? wish)! } : {}) });
    } catch (again) {
      return { ok: false, code: 'engine-failed', message: describe(again) };
    }
  }
  const guard = (t: Tracker, what: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      report({ tracker: t.name, code: 'tracker-failed', message: `${t.name}.${what} threw: ${describe(error)}` });
    }
  };
  for (const t of live) guard(t, 'attach', () => t.attach(engine));
  const off = engine.on((event) => {
    const save = !NOT_SAVED.has(event.type);
    const snapshot = save && live.length ? engine.snapshot() : null;
    for (const t of live) {
      guard(t, 'record', () => t.record(event));
      if (snapshot) guard(t, 'save', () => t.save(snapshot));
    }
    options.onEvent?.(event, engine);
  });
  let ended: Promise<void> | null = null;
  const end = (): Promise<void> => {
    ended ??= (async () => {
      removeEventListener('pagehide', onPageHide);
      await Promise.allSettled(live.map((t) => t.terminate()));
      off();
    })();
    return ended;
  };
  // The page going away ends the session: SCORM Terminate, xAPI flush (sendBeacon), local save.
  const onPageHide = (): void => void end();
  addEventListener('pagehide', onPageHide);
  engine.start();
  return { ok: true, session: { engine, launch, end } };
}
