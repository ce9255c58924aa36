import type { CourseEngineApi, Tracker } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import type { EngineClass, Session } from '@coursekit/session';
import { play, type PlayStart } from '@coursekit/session/play';
import { reportError } from '../events/error';
import type { CkErrorCode } from '../events/error-codes';
import { loadCourse } from './load-course';

/** Where a standalone element's course comes from, and what its session is given. */
export interface OwnSessionRequest {
  /** A course object; else `src` is fetched. */
  course?: ResolvedCourse | undefined;
  src?: string | undefined;
  /** The element's `lang` attribute: used when neither a saved state nor the LMS names a language. */
  language?: string | undefined;
  trackers: readonly Tracker[];
  engineClass?: EngineClass | undefined;
}

/** Why an element's course cannot run: it could not be fetched or read, a part of the bundle could not be fetched, or the engine failed. */
export type OwnSessionFailure = Extract<PlayStart, { ok: false }> | { ok: false; code: 'course-fetch-failed' | 'course-invalid-json' | 'part-fetch-failed'; message: string };

/** What opening gives: the started engine, why the course cannot run, or null when a later open replaced this one. */
export type OwnSessionResult = { ok: true; engine: CourseEngineApi } | OwnSessionFailure | null;

/**
 * The session of an element that plays on its own page (`<ck-scenario>`, `<ck-micro-cards>` with a
 * `src` or a `course` and no player's `engine`): it loads the course and, given trackers, starts
 * one `Session` of `@coursekit/session` with them, as the player does; opening again (a new `src`)
 * ends the previous session first. The element owns no tracker handling of its own: the session
 * launches them, hands them the events, saves and ends them on `pagehide`. Without trackers there
 * is nothing for a session to do: the engine plays alone (`play`), and the session's code, a chunk
 * of its own in a bundle, is not fetched.
 *
 * @example
 * private own = new OwnSession(this);
 * const result = await this.own.open({ src: this.src, trackers: this.trackers });
 * if (result?.ok) this.engine = result.engine;
 */
export class OwnSession {
  private current: Session | null = null;
  private token = 0;

  constructor(private readonly host: HTMLElement) {}

  async open(request: OwnSessionRequest): Promise<OwnSessionResult> {
    const token = ++this.token;
    const previous = this.current;
    this.current = null;
    if (previous) await previous.end('exit');
    const loaded = request.course ? { ok: true as const, course: request.course } : await loadCourse(request.src ?? '');
    const result = loaded.ok ? await this.start(loaded.course, request) : loaded;
    if (token !== this.token) {
      if (result.ok) void result.session?.end('exit');
      return null;
    }
    if (!result.ok) return result;
    this.current = result.session ?? null;
    return { ok: true, engine: result.engine };
  }

  private async start(course: ResolvedCourse, request: OwnSessionRequest): Promise<OwnSessionFailure | { ok: true; engine: CourseEngineApi; session?: Session }> {
    const language = request.language || undefined;
    if (!request.trackers.length) return play(course, { language, engineClass: request.engineClass });
    let Session: typeof import('@coursekit/session').Session;
    try {
      ({ Session } = await import('@coursekit/session'));
    } catch (error) {
      return { ok: false, code: 'part-fetch-failed', message: `the session's code could not be fetched: ${(error as Error).message}` };
    }
    const started = await Session.start(course, {
      language,
      trackers: request.trackers,
      engineClass: request.engineClass,
      onProblem: (p) => reportError(this.host, { code: p.code as CkErrorCode, message: p.message, source: p.tracker, ...(p.detail ? { detail: p.detail } : {}) }),
    });
    return started.ok ? { ok: true, engine: started.session.engine, session: started.session } : started;
  }
}
