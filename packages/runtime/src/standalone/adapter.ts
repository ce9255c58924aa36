import type { CourseEngineApi, EngineSnapshot, LaunchData, LearningEvent, Tracker, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { decodeSnapshot, encodeSnapshot } from '../codec/codec';
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
 * const tracker = new StandaloneTracker();
 * const launch = await tracker.launch(course);
 * const engine = new CourseEngine(course, { snapshot: launch.snapshot ?? undefined });
 * tracker.attach(engine);
 */
export class StandaloneTracker implements Tracker {
  readonly name = 'local';
  onProblem?: (problem: TrackerProblem) => void;
  private course: ResolvedCourse | null = null;
  private engine: CourseEngineApi | null = null;
  private readonly storage: Storage | null;
  private terminated = false;
  private unsubscribe: (() => void) | null = null;

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

  async launch(course: ResolvedCourse): Promise<LaunchData> {
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
    const decoded = decodeSnapshot(course, stored);
    const notice = stateNotice(decoded);
    if (notice) notices.push(notice);
    return { learner: { id: null, name: null }, snapshot: decoded.ok ? decoded.snapshot : null, passingScore: null, language: null, mode: 'normal', notices };
  }

  attach(engine: CourseEngineApi): void {
    this.engine = engine;
    this.unsubscribe?.();
    this.unsubscribe = engine.on(() => {
      if (!this.terminated) this.save(engine.snapshot());
    });
  }

  record(_event: LearningEvent): void {
    // Only the state is kept locally; attach() saves it after every event.
  }

  save(snapshot: EngineSnapshot): void {
    if (!this.storage || !this.course) return;
    try {
      this.storage.setItem(this.key(this.course), encodeSnapshot(this.course, snapshot));
    } catch (error) {
      this.problem(LMS_ERROR.storage, `localStorage refused the state (full or blocked): ${String(error)}`);
    }
  }

  async terminate(): Promise<void> {
    if (this.terminated) return;
    if (this.engine) this.save(this.engine.snapshot());
    this.terminated = true;
    this.unsubscribe?.();
  }
}
