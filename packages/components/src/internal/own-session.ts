import type { Tracker } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { Session, type EngineClass, type SessionStart } from '@coursekit/session';
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

/** What opening gives: the started session, why the course cannot run, or null when a later open replaced this one. */
export type OwnSessionResult = SessionStart | { ok: false; code: 'course-fetch-failed' | 'course-invalid-json'; message: string } | null;

/**
 * The session of an element that plays on its own page (`<ck-scenario>`, `<ck-micro-cards>` with a
 * `src` or a `course` and no player's `engine`): it loads the course and starts one `Session` of
 * `@coursekit/session` with the element's trackers, as the player does; opening again (a new `src`)
 * ends the previous session first. The element owns no tracker handling of its own: the session
 * launches them, hands them the events, saves and ends them on `pagehide`.
 *
 * @example
 * private own = new OwnSession(this);
 * const result = await this.own.open({ src: this.src, trackers: this.trackers });
 * if (result?.ok) this.engine = result.session.engine;
 */
export class OwnSession {
  private current: Session | null = null;
  private token = 0;

  constructor(private readonly host: HTMLElement) {}

  /** The running session, if the element plays on its own. */
  get session(): Session | null {
    return this.current;
  }

  async open(request: OwnSessionRequest): Promise<OwnSessionResult> {
    const token = ++this.token;
    const previous = this.current;
    this.current = null;
    if (previous) await previous.end('exit');
    const loaded = request.course ? { ok: true as const, course: request.course } : await loadCourse(request.src ?? '');
    const result = loaded.ok
      ? await Session.start(loaded.course, {
          language: request.language || undefined,
          trackers: request.trackers,
          engineClass: request.engineClass,
          onProblem: (p) => reportError(this.host, { code: p.code as CkErrorCode, message: p.message, source: p.tracker, ...(p.detail ? { detail: p.detail } : {}) }),
        })
      : loaded;
    if (token !== this.token) {
      if (result.ok) void result.session.end('exit');
      return null;
    }
    if (result.ok) this.current = result.session;
    return result;
  }
}
