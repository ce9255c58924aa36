import { CourseEngine, type CourseEngineApi, type EngineOptions, type TrackerProblem } from '@coursekit/engine';
import { Scorm2004Tracker } from '@coursekit/runtime/scorm2004';
import { Session, type EngineClass } from '@coursekit/session';
import type { ResolvedCourse } from '@coursekit/schema';
import { Scorm2004API } from 'scorm-again';
import { XapiTracker } from '../../src/xapi';
import { uuid } from '../../src/statements/uuid';
import { playToEnd } from '../fixtures/play';

/**
 * The page the fault tests drive in Chromium: a session with the real engine and the xAPI tracker, launched from
 * this page's URL (TinCan parameters). Every statement id the tracker creates is written to
 * localStorage at once, so the test can compare what the course produced with what the LRS holds,
 * across reloads.
 */
declare global {
  interface Window {
    ck: {
      /** Launches the course in a session, which terminates on pagehide, as the player's does. */
      start(course: ResolvedCourse, seed: number, batchSize?: number): Promise<{ resumedOn: string | null; notices: string[] }>;
      /** As start(), with SCORM 2004 to an LMS (scorm-again on window.API_1484_11) beside xAPI to the LRS. */
      startBesideScorm(course: ResolvedCourse, seed: number): Promise<{ notices: string[] }>;
      /** The LMS's stored CMI values, flattened, after startBesideScorm(). */
      lms(): Record<string, string>;
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
let engine: CourseEngineApi | null = null;
let session: Session | null = null;
let tracker: XapiTracker | null = null;
let lms: Scorm2004API | null = null;
const problems: TrackerProblem[] = [];

function record(id: string): string {
  const list = JSON.parse(localStorage.getItem(CREATED) ?? '[]') as string[];
  list.push(id);
  localStorage.setItem(CREATED, JSON.stringify(list));
  return id;
}

/** A session as the player starts one: the trackers launched, the engine with this seed, started. */
async function begin(course: ResolvedCourse, seed: number, trackers: Array<Scorm2004Tracker | XapiTracker>): Promise<Session> {
  const Seeded: EngineClass = class extends CourseEngine {
    constructor(c: ResolvedCourse, o: EngineOptions) {
      super(c, { ...o, seed });
    }
  };
  const started = await Session.start(course, { trackers, engineClass: Seeded, onProblem: (p) => problems.push(p) });
  if (!started.ok) throw new Error(started.message);
  engine = started.session.engine;
  return started.session;
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
    session = await begin(course, seed, [tracker]);
    return { resumedOn: session.launch.snapshot ? session.engine.currentPage.pageId : null, notices: session.launch.notices.map((n) => n.code) };
  },
  async startBesideScorm(course, seed) {
    lms = new Scorm2004API({ logLevel: 5 });
    (window as unknown as { API_1484_11: Scorm2004API }).API_1484_11 = lms;
    tracker = new XapiTracker({ newId: () => record(uuid()), delivery: { baseMs: 200, maxMs: 2000, batchDelayMs: 300, flushIntervalMs: 1000 }, terminateTimeoutMs: 5000 });
    session = await begin(course, seed, [new Scorm2004Tracker(), tracker]);
    return { notices: session.launch.notices.map((n) => n.code) };
  },
  lms() {
    const flat = (lms?.getFlattenedCMI() ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(flat).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
  },
  play(pages = Infinity) {
    if (engine) playToEnd(engine, 'right', pages);
  },
  page() {
    return engine?.currentPage.pageId ?? '';
  },
  terminate: () => session?.end('exit') ?? Promise.resolve(),
  pending: () => tracker?.pendingCount ?? -1,
  flush: () => tracker?.flush() ?? Promise.resolve(),
  created: () => JSON.parse(localStorage.getItem(CREATED) ?? '[]') as string[],
};
