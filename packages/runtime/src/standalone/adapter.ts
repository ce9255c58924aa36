import type { LaunchContext, LaunchData, LearningEvent, TerminateReason, Tracker, TrackerContext, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { codecNow, loadCodec } from '@coursekit/codec/lazy';
import { LMS_ERROR } from '../errors';
import { stateNotice } from '../scorm/notices';

/** Options of the standalone tracker. */
export interface StandaloneOptions {
  /** Where to keep the state; default `globalThis.localStorage` (none: progress lasts only while the page is open). */
  storage?: Storage | null;
  /** Key prefix; the key is `<prefix>:<course id>@<course version>`. Default "coursekit". */
  prefix?: string;
  /** Notices to hand to the player on launch (the SCORM adapters pass "no LMS found"). */
  notices?: LaunchData['notices'];
  onProblem?: (problem: TrackerProblem) => void;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage access throws in some privacy modes and sandboxed frames.
    return null;
  }
}

/**
 * Keeps the learner's state in localStorage, namespaced by course id and version, for the web
 * target and for a SCORM package opened without an LMS.
 *
 * @example
 * const started = await Session.start(course, { trackers: [new StandaloneTracker()] }); // @coursekit/session
 */
export class StandaloneTracker implements Tracker {
  readonly name = 'local';
  onProblem?: (problem: TrackerProblem) => void;
  private course: ResolvedCourse | null = null;
  private readonly storage: Storage | null;
  private terminated = false;
  /** The saved state could not be read because its decoder did not load: it is never overwritten in this session. */
  private keepStored = false;

  constructor(private readonly options: StandaloneOptions = {}) {
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.onProblem = options.onProblem;
  }

  /** The storage key of a course's state. */
  key(course: Pick<ResolvedCourse, 'id' | 'version'>): string {
    return `${this.options.prefix ?? 'coursekit'}:${course.id}@${course.version}`;
  }

  private problem(code: string, message: string, detail?: string): void {
    try {
      this.onProblem?.({ tracker: this.name, code, message, ...(detail ? { detail } : {}) });
    } catch {
      // A failing problem handler must not take the course down.
    }
  }

  async launch({ course }: LaunchContext): Promise<LaunchData> {
    this.course = course;
    const notices = [...(this.options.notices ?? [])];
    let stored: string | null = null;
    if (!this.storage) {
      notices.push({ code: LMS_ERROR.storage, message: 'This browser does not let the course save progress: it lasts only while this page stays open.' });
    } else {
      try {
        stored = this.storage.getItem(this.key(course));
      } catch (error) {
        this.problem(LMS_ERROR.storage, `localStorage could not be read: ${String(error)}`);
      }
    }
    // The codec is a chunk of its own: only a saved state waits for it here.
    const decoded = stored
      ? await loadCodec().then(
          (codec) => codec.decodeSnapshot(course, stored),
          (error: unknown) => {
            this.keepStored = true;
            this.problem(LMS_ERROR.trackerFailed, `the saved state's decoder could not be loaded (${String(error)}); the saved state is kept as it is`);
            return { ok: false as const, reason: 'corrupt' as const, message: 'its decoder could not be loaded' };
          },
        )
      : null;
    const notice = decoded && stateNotice(decoded);
    if (notice) notices.push(notice);
    return { learner: { id: null, name: null }, snapshot: decoded?.ok ? decoded.snapshot : null, passingScore: null, language: null, mode: 'normal', notices };
  }

  handle(_event: LearningEvent, _ctx: TrackerContext): void {
    // Only the state is kept locally, by save().
  }

  /** Writes the state now; before the codec has loaded (a first visit's first save), once it has. */
  save(ctx: TrackerContext): void {
    if (!this.storage || !this.course || this.terminated || this.keepStored) return;
    const codec = codecNow();
    if (!codec) {
      loadCodec().then(
        () => this.save(ctx),
        (error: unknown) => this.problem(LMS_ERROR.trackerFailed, `the learner's state could not be encoded: ${String(error)}`),
      );
      return;
    }
    try {
      this.storage.setItem(this.key(this.course), ctx.encoded(codec.encodeSnapshot));
    } catch (error) {
      this.problem(LMS_ERROR.storage, `localStorage refused the state (full or blocked): ${String(error)}`);
    }
  }

  async terminate(reason: TerminateReason, ctx?: TrackerContext): Promise<void> {
    if (this.terminated) return;
    // An exit waits for the codec; a page going away before it has arrived keeps the state stored before.
    if (ctx && reason !== 'pagehide' && !codecNow()) await loadCodec().catch(() => undefined);
    if (this.terminated) return;
    if (ctx) this.save(ctx);
    this.terminated = true;
  }
}
