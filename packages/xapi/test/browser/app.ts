import { CourseEngine, type EngineSnapshot, type TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { XapiTracker } from '../../src/xapi';
import { uuid } from '../../src/statements/uuid';
import { playToEnd } from '../fixtures/play';

/**
 * The page the fault tests drive in Chromium: the real engine and the xAPI tracker, launched from
 * this page's URL (TinCan parameters). Every statement id the tracker creates is written to
 * localStorage at once, so the test can compare what the course produced with what the LRS holds,
 * across reloads.
 */
declare global {
  interface Window {
    ck: {
      start(course: ResolvedCourse, seed: number, batchSize?: number): Promise<{ resumedOn: string | null; notices: string[] }>;
      play(pages?: number): void;
      page(): string;
      terminate(): Promise<void>;
      pending(): number;
      flush(): Promise<void>;
      created(): string[];
      problems: TrackerProblem[];
    };
  }
}

const CREATED = 'ck-test-created';
let engine: CourseEngine | null = null;
let tracker: XapiTracker | null = null;
const problems: TrackerProblem[] = [];

function record(id: string): string {
  const list = JSON.parse(localStorage.getItem(CREATED) ?? '[]') as string[];
  list.push(id);
  localStorage.setItem(CREATED, JSON.stringify(list));
  return id;
}

window.ck = {
  problems,
  async start(course, seed, batchSize = 25) {
    tracker = new XapiTracker({
      newId: () => record(uuid()),
      // Short waits, so a test sees many retries; the timeout is below the fixture's hang.
      delivery: { baseMs: 200, maxMs: 2000, batchDelayMs: 300, flushIntervalMs: 1000, batchSize },
      terminateTimeoutMs: 1000,
    });
    tracker.onProblem = (p) => problems.push(p);
    const launch = await tracker.launch(course);
    engine = new CourseEngine(course, { seed, ...(launch.snapshot ? { snapshot: launch.snapshot as EngineSnapshot } : {}) });
    tracker.attach(engine);
    const t = tracker;
    const e = engine;
    engine.on((event) => {
      t.record(event);
      t.save(e.snapshot());
    });
    engine.start();
    return { resumedOn: launch.snapshot ? engine.currentPage.pageId : null, notices: launch.notices.map((n) => n.code) };
  },
  play(pages = Infinity) {
    if (engine) playToEnd(engine, 'right', pages);
  },
  page() {
    return engine?.currentPage.pageId ?? '';
  },
  terminate: () => tracker?.terminate() ?? Promise.resolve(),
  pending: () => tracker?.pendingCount ?? -1,
  flush: () => tracker?.flush() ?? Promise.resolve(),
  created: () => JSON.parse(localStorage.getItem(CREATED) ?? '[]') as string[],
};
