import { CourseEngine } from '@coursekit/engine';
import type { CourseEngineApi, EngineOptions, Tracker, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse as Course } from '@coursekit/schema';

/** The engine class an element creates; `CourseEngine` from `@coursekit/engine` unless given. */
export type EngineClass = new (course: Course, options: EngineOptions) => CourseEngineApi;
import type { ResolvedCourse } from '@coursekit/schema';
import { loadCourse } from '../internal/load-course';

/** Where a standalone element gets its course: a URL of course JSON, or the course itself. */
export type StandaloneSource = { src: string } | { course: ResolvedCourse };

/** The engine, or why there is none (a stable code and an English message). */
export type StandaloneResult =
  | { ok: true; engine: CourseEngineApi }
  | { ok: false; code: 'course-fetch-failed' | 'course-invalid-json' | 'engine-failed'; message: string };

/**
 * Creates and starts an engine for an element used outside the player (`<ck-scenario src=…>`).
 * Trackers launch first, so a saved state resumes; they are attached before `start()` so they
 * see the first events. Never throws: a failure comes back as `{ ok: false }` for the element to show.
 *
 * @example
 * const r = await createStandaloneEngine({ src: 'course.json' }, { language: 'id', trackers: [] });
 * if (r.ok) el.engine = r.engine;
 */
export async function createStandaloneEngine(
  source: StandaloneSource,
  options: {
    language?: string | undefined;
    trackers?: readonly Tracker[];
    engineClass?: EngineClass | undefined;
    /** Told about every problem a tracker recovers from (the element turns them into `ck-error`). */
    onProblem?: (problem: TrackerProblem) => void;
  },
): Promise<StandaloneResult> {
  let course: ResolvedCourse;
  if ('course' in source) {
    course = source.course;
  } else {
    const loaded = await loadCourse(source.src);
    if (!loaded.ok) return loaded;
    course = loaded.course;
  }
  const Engine: EngineClass = options.engineClass ?? CourseEngine;
  try {
    const trackers = options.trackers ?? [];
    for (const tracker of trackers) if (options.onProblem && !tracker.onProblem) tracker.onProblem = options.onProblem;
    // A tracker that fails to launch must not stop the scenario: play on with the others.
    const settled = await Promise.allSettled(trackers.map((t) => t.launch(course)));
    const launches = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const saved = launches.find((l) => l.snapshot)?.snapshot ?? undefined;
    const lmsLanguage = launches.find((l) => l.language)?.language ?? undefined;
    const passingScore = launches.find((l) => l.passingScore !== null)?.passingScore ?? undefined;
    const language = options.language && course.languages.includes(options.language) ? options.language : lmsLanguage;
    const engine = new Engine(course, {
      ...(saved ? { snapshot: saved } : {}),
      ...(language ? { language } : {}),
      ...(passingScore !== undefined ? { passingScore } : {}),
    });
    for (const tracker of trackers) tracker.attach(engine);
    // The page going away ends the session: trackers flush and terminate (SCORM Terminate, xAPI flush).
    if (trackers.length > 0 && typeof addEventListener === 'function') {
      addEventListener('pagehide', () => void Promise.allSettled(trackers.map((t) => t.terminate())), { once: true });
    }
    engine.start();
    return { ok: true, engine };
  } catch (error) {
    return { ok: false, code: 'engine-failed', message: (error as Error).message };
  }
}

