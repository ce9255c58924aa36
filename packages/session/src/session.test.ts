import { encodeSnapshot } from '@coursekit/codec';
import type { LaunchData, SaveReason, TerminateReason, Tracker, TrackerContext, TrackerProblem } from '@coursekit/engine';
import { EngineCore, loadEngineRules } from '@coursekit/engine/lazy';
import { miniCourse } from '@coursekit/test-fixtures';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeLaunchData } from './merge';
import { Session, type PageLifecycle } from './session';

const course = miniCourse({
  id: 'mini-session',
  title: { id: 'Sesi', en: 'Session' },
  pages: [
    { id: 'p1', title: { id: 'Satu', en: 'One' }, blocks: [{ type: 'question', question: { id: 'q1', type: 'true-false', prompt: { id: 'Benar?', en: 'True?' }, correct: true } }] },
    { id: 'p2', title: { id: 'Dua', en: 'Two' }, blocks: [] },
  ],
});

const launch = (over: Partial<LaunchData> = {}): LaunchData => ({ learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [], ...over });

/** A tracker that writes down what the session asks of it. */
class Recorder implements Tracker {
  readonly log: string[] = [];
  encodedSeen: string[] = [];
  onProblem?: (problem: TrackerProblem) => void;
  constructor(
    readonly name: string,
    private readonly data: Partial<LaunchData> = {},
    private readonly encode: typeof encodeSnapshot = encodeSnapshot,
  ) {}
  async launch(): Promise<LaunchData> {
    return launch(this.data);
  }
  handle(event: Parameters<Tracker['handle']>[0], ctx: TrackerContext): void {
    this.log.push(`handle ${event.type} ${ctx.moduleId}/${ctx.pageId} ${ctx.language}`);
  }
  save(ctx: TrackerContext, reason?: SaveReason): void {
    this.encodedSeen.push(ctx.encoded(this.encode));
    this.log.push(`save ${ctx.snapshot().pageId}${reason === 'change' ? '' : ` (${String(reason)})`}`);
  }
  async terminate(reason: TerminateReason, ctx?: TrackerContext): Promise<void> {
    this.log.push(`terminate ${reason} ${ctx?.snapshot().pageId ?? '-'}`);
  }
}

/** A page whose lifecycle events the test fires. */
function fakePage(): PageLifecycle & { hide(): void; leave(): void; listeners(): number } {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  let count = 0;
  const counted = <T extends EventTarget>(target: T): T => {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = (type: string, fn: EventListenerOrEventListenerObject | null) => (count++, add(type, fn));
    target.removeEventListener = (type: string, fn: EventListenerOrEventListenerObject | null) => (count--, remove(type, fn));
    return target;
  };
  counted(win);
  counted(doc);
  return Object.assign(win, {
    document: doc,
    hide() {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    leave() {
      win.dispatchEvent(new Event('pagehide'));
    },
    listeners: () => count,
  }) as unknown as PageLifecycle & { hide(): void; leave(): void; listeners(): number };
}

beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 11, 4, 9, 0, 0) }));
afterEach(() => vi.useRealTimers());

async function start(trackers: Tracker[], page = fakePage(), extra: Parameters<typeof Session.start>[1] = {}) {
  const problems: TrackerProblem[] = [];
  const started = await Session.start(course, { trackers, page, onProblem: (p) => problems.push(p), ...extra });
  if (!started.ok) throw new Error(started.message);
  return { session: started.session, page, problems };
}

describe('Session', () => {
  it('hands every event to every tracker once, with its page, module and language', async () => {
    const a = new Recorder('scorm12');
    const b = new Recorder('xapi');
    const { session } = await start([a, b]);
    await session.engine.whenReady();
    session.engine.answer('q1', { type: 'true-false', value: true });
    const expected = ['handle course-started m1/p1 id', 'handle page-viewed m1/p1 id', 'handle question-answered m1/p1 id'];
    expect(a.log).toEqual(expected);
    expect(b.log).toEqual(expected);
  });

  it('runs an engine whose rules arrive on demand: an answer given before they arrive reaches every tracker when they do', async () => {
    const a = new Recorder('scorm12');
    // The rules arrive when the test says: an engine that waits for them, as LazyCourseEngine does while its chunk loads.
    let engine: EngineCore | undefined;
    const { session } = await start([a], fakePage(), { engineClass: class extends EngineCore { constructor(...args: ConstructorParameters<typeof EngineCore>) { super(...args); engine = this; } } });
    expect(session.engine.ready).toBe(false);
    session.engine.answer('q1', { type: 'true-false', value: true });
    expect(a.log).toEqual(['handle course-started m1/p1 id', 'handle page-viewed m1/p1 id']);
    engine!.provide(await loadEngineRules());
    expect(a.log).toEqual(['handle course-started m1/p1 id', 'handle page-viewed m1/p1 id', 'handle question-answered m1/p1 id']);
  });

  it('saves right after an answer, then at most once a second, encoding the state once per save for all trackers', async () => {
    const a = new Recorder('scorm12');
    const b = new Recorder('local');
    const { session } = await start([a, b]);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.log.filter((l) => l.startsWith('save'))).toEqual(['save p1']);
    session.engine.answer('q1', { type: 'true-false', value: true });
    session.engine.next();
    await vi.advanceTimersByTimeAsync(999);
    expect(a.log.filter((l) => l.startsWith('save'))).toEqual(['save p1']);
    await vi.advanceTimersByTimeAsync(1);
    expect(a.log.filter((l) => l.startsWith('save'))).toEqual(['save p1', 'save p2']);
    // Both trackers got the very same string, encoded once.
    expect(a.encodedSeen[1]).toBe(b.encodedSeen[1]);
    expect(a.encodedSeen[1]).toBe(encodeSnapshot(course, session.engine.snapshot()));
    const encode = vi.fn(encodeSnapshot);
    const c = new Recorder('a', {}, encode);
    const d = new Recorder('b', {}, encode);
    const other = await start([c, d]);
    await vi.advanceTimersByTimeAsync(0);
    other.session.save();
    expect(encode).toHaveBeenCalledTimes(2);
  });

  it('saves at once when the page is hidden, telling the trackers so', async () => {
    const a = new Recorder('scorm2004');
    const { session, page } = await start([a]);
    await vi.advanceTimersByTimeAsync(0);
    session.engine.next();
    page.hide();
    expect(a.log.filter((l) => l.startsWith('save'))).toEqual(['save p1', 'save p2 (hidden)']);
    // The save that was due is folded into that one.
    await vi.advanceTimersByTimeAsync(5000);
    expect(a.log.filter((l) => l.startsWith('save'))).toEqual(['save p1', 'save p2 (hidden)']);
  });

  it('on pagehide only terminates, with the last state, once, and then hands nothing more over', async () => {
    const a = new Recorder('scorm12');
    const { session, page } = await start([a]);
    expect(page.listeners()).toBe(2);
    await vi.advanceTimersByTimeAsync(0);
    session.engine.next();
    page.leave();
    page.leave();
    await session.end('exit');
    session.engine.previous();
    await vi.advanceTimersByTimeAsync(5000);
    expect(a.log.slice(-3)).toEqual(['handle page-viewed m1/p2 id', 'handle course-completed m1/p2 id', 'terminate pagehide p2']);
    expect(page.listeners()).toBe(0);
  });

  it('in review mode hands nothing over and saves nothing: it only terminates', async () => {
    const lms = new Recorder('scorm2004', { mode: 'review' });
    const local = new Recorder('local');
    const { session } = await start([lms, local]);
    expect(session.launch.mode).toBe('review');
    session.engine.next();
    await vi.advanceTimersByTimeAsync(5000);
    await session.end();
    expect(lms.log).toEqual(['terminate exit p2']);
    expect(local.log).toEqual(['terminate exit p2']);
  });

  it('resumes the merged saved state, applies the LMS mastery score and language, and leaves out a tracker whose launch fails', async () => {
    const probe = new SessionProbe();
    const saved = await probe.snapshotOnPage('p2', 'en');
    const broken: Tracker = { name: 'broken', launch: () => Promise.reject(new Error('no API')), handle() {}, save() {}, terminate: async () => {} };
    const lms = new Recorder('scorm12', { learner: { id: 'ASN-1', name: null }, passingScore: 90, language: 'en' });
    const xapi = new Recorder('xapi', { learner: { id: 'mbox', name: 'Ana Wijaya', unit: 'Inspektorat Jenderal' }, snapshot: saved, notices: [{ code: 'CK701', message: 'x' }] });
    const { session, problems } = await start([broken, lms, xapi]);
    expect(session.launch).toEqual({ learner: { id: 'ASN-1', name: 'Ana Wijaya', unit: 'Inspektorat Jenderal' }, snapshot: saved, passingScore: 90, language: 'en', mode: 'normal', notices: [{ code: 'CK701', message: 'x' }] });
    expect(session.engine.currentPage.pageId).toBe('p2');
    expect(session.engine.passingScore).toBe(90);
    expect(session.trackers.map((t) => t.name)).toEqual(['scorm12', 'xapi']);
    expect(problems).toEqual([{ tracker: 'broken', code: 'CK630', message: 'broken.launch failed: no API; the course goes on without it' }]);
  });

  it('reports a tracker that throws (CK630) and goes on with the others', async () => {
    const bad = new Recorder('bad');
    bad.handle = () => {
      throw new Error('boom');
    };
    const good = new Recorder('good');
    const { problems } = await start([bad, good]);
    expect(good.log).toEqual(['handle course-started m1/p1 id', 'handle page-viewed m1/p1 id']);
    expect(problems).toEqual([
      { tracker: 'bad', code: 'CK630', message: 'bad.handle threw: boom' },
      { tracker: 'bad', code: 'CK630', message: 'bad.handle threw: boom' },
    ]);
  });
});

describe('mergeLaunchData', () => {
  it('takes the strictest mode, the first of everything else, and each notice code once', () => {
    const merged = mergeLaunchData([
      launch({ mode: 'browse', notices: [{ code: 'CK601', message: 'a' }] }),
      launch({ learner: { id: null, name: 'Rina' }, mode: 'review', passingScore: 80, notices: [{ code: 'CK601', message: 'b' }] }),
      launch({ learner: { id: 'u2', name: 'Other', unit: '  ' }, passingScore: 95, language: 'en' }),
      launch({ learner: { id: 'u3', name: null, unit: 'Biro Umum' } }),
    ]);
    // A blank unit counts as none: the next tracker's is taken.
    expect(merged).toEqual({ learner: { id: 'u2', name: 'Rina', unit: 'Biro Umum' }, snapshot: null, passingScore: 80, language: 'en', mode: 'review', notices: [{ code: 'CK601', message: 'a' }] });
  });
});

/** Makes a real saved state by playing the course with a session and no trackers. */
class SessionProbe {
  async snapshotOnPage(pageId: string, language: string) {
    const started = await Session.start(course, { language, page: null });
    if (!started.ok) throw new Error(started.message);
    started.session.engine.goTo(pageId);
    return started.session.engine.snapshot();
  }
}
