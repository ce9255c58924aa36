import type { CourseEngineApi, EngineSnapshot, LearningEvent, SnapshotEncoder, TrackerContext } from '@coursekit/engine';

/**
 * The learner's state, taken from the engine at most once between two changes and encoded at
 * most once per encoder: every tracker of a save reads the same snapshot and the same string.
 *
 * @example
 * const state = new StateCache(engine);
 * state.encoded(encodeSnapshot) === state.encoded(encodeSnapshot); // one encode
 * state.invalidate(); // after an event, before a save
 */
export class StateCache {
  private snap: EngineSnapshot | null = null;
  private readonly enc = new Map<SnapshotEncoder, string>();

  constructor(private readonly engine: CourseEngineApi) {}

  /** The state changed (an event), or a save wants it as it is now. */
  invalidate(): void {
    this.snap = null;
    this.enc.clear();
  }

  snapshot(): EngineSnapshot {
    return (this.snap ??= this.engine.snapshot());
  }

  encoded(encode: SnapshotEncoder): string {
    let data = this.enc.get(encode);
    if (data === undefined) {
      data = encode(this.engine.course, this.snapshot());
      this.enc.set(encode, data);
    }
    return data;
  }
}

/**
 * The context of an event (its module and page when it names them, else the page the learner is
 * on), or of a save or terminate (the page the learner is on, when `event` is absent).
 *
 * @example
 * tracker.handle(event, contextOf(engine, state, event));
 */
export function contextOf(engine: CourseEngineApi, state: StateCache, event?: LearningEvent): TrackerContext {
  const here = event && 'moduleId' in event && 'pageId' in event ? { moduleId: event.moduleId, pageId: event.pageId } : engine.currentPage;
  return {
    course: engine.course,
    moduleId: here.moduleId,
    pageId: here.pageId,
    language: engine.language,
    totalTimeMs: engine.totalTimeMs,
    snapshot: () => state.snapshot(),
    encoded: (encode) => state.encoded(encode),
  };
}
