import { LazyCourseEngine } from '@coursekit/engine/lazy';
import type { CourseEngineApi } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import type { EngineClass } from './session';

/** How a course is played without trackers: the engine class and the host's language wish. */
export interface PlayOptions {
  /** Default `LazyCourseEngine` (its rules arrive on demand), as a session creates. */
  engineClass?: EngineClass | undefined;
  /** The host's language wish (a `lang` attribute); the course's default language when the course does not have it. */
  language?: string | undefined;
}

/** What playing gives: the started engine, or why the course cannot run. */
export type PlayStart = { ok: true; engine: CourseEngineApi } | { ok: false; code: 'engine-failed'; message: string };

/**
 * Plays a course with no tracker: its engine, created as `Session.start` creates it when no
 * tracker brings a saved state, a mastery score, a learner or a language (in the host's language
 * wish when the course has it), and started. With nothing to launch, hand events to, save or end,
 * there is no session: an element that plays on its own page without trackers uses this, and
 * fetches the session's code only when it is given trackers. A module of its own
 * (`@coursekit/session/play`) so that it brings no Session into a bundle.
 *
 * @example
 * const played = play(course, { language: 'en' });
 * if (played.ok) element.engine = played.engine; // course-started, page-viewed: emitted already
 */
export function play(course: ResolvedCourse, options: PlayOptions = {}): PlayStart {
  const Engine = options.engineClass ?? LazyCourseEngine;
  const language = options.language && course.languages.includes(options.language) ? options.language : undefined;
  let engine: CourseEngineApi;
  try {
    engine = new Engine(course, language ? { language } : {});
  } catch (error) {
    return { ok: false, code: 'engine-failed', message: error instanceof Error ? error.message : String(error) };
  }
  engine.start();
  return { ok: true, engine };
}
