import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TrackerProblem } from '@coursekit/engine';
import { StandaloneTracker } from '../../src/standalone/index';
import { encodeSnapshot } from '@coursekit/codec';
import { FakeEngine, T0 } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { loadCodec } from '@coursekit/codec/lazy';

// The codec is a chunk the trackers load on demand (lazy-codec.test.ts tests that): these tests save right after a launch.
beforeAll(() => loadCodec());

beforeEach(() => localStorage.clear());

describe('standalone tracker (localStorage)', () => {
  it('keeps the state under the course id and version, and a new version starts afresh', async () => {
    const first = new StandaloneTracker();
    expect((await first.launch({ course })).snapshot).toBeNull();
    const engine = new FakeEngine(course);
    engine.drive(first);
    engine.state = { ...engine.state, pageId: 'checks', viewed: ['intro', 'checks'] };
    engine.emit({ type: 'page-viewed', time: T0, courseId: course.id, moduleId: 'm1', pageId: 'checks', progress: { viewed: 2, total: 6 } });
    expect(Object.keys(localStorage)).toEqual([]);
    engine.save();
    expect(Object.keys(localStorage)).toEqual(['coursekit:mini@1.0.0']);
    expect(localStorage.getItem('coursekit:mini@1.0.0')).toBe(encodeSnapshot(course, engine.state));
    expect((await new StandaloneTracker().launch({ course })).snapshot).toEqual(engine.state);
    expect((await new StandaloneTracker().launch({ course: { ...course, version: '1.1.0' } })).snapshot).toBeNull();
  });

  it('reports storage that refuses the state, and the course goes on', async () => {
    const problems: TrackerProblem[] = [];
    const full = { getItem: () => null, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } } as unknown as Storage;
    const tracker = new StandaloneTracker({ storage: full, onProblem: (p) => problems.push(p) });
    await tracker.launch({ course });
    tracker.save(new FakeEngine(course).context());
    expect(problems).toEqual([{ tracker: 'local', code: 'CK620', message: 'localStorage refused the state (full or blocked): QuotaExceededError: The quota has been exceeded.' }]);
  });

  it('tells the learner when there is no storage at all', async () => {
    const launch = await new StandaloneTracker({ storage: null }).launch({ course });
    expect(launch.notices).toEqual([{ code: 'CK620', message: 'This browser does not let the course save progress: it lasts only while this page stays open.' }]);
  });

  it('starts afresh with a notice when the stored state is damaged', async () => {
    localStorage.setItem('coursekit:mini@1.0.0', '1AAAAAAAAxyz');
    const launch = await new StandaloneTracker().launch({ course });
    expect(launch.snapshot).toBeNull();
    expect(launch.notices.map((n) => n.code)).toEqual(['CK611']);
  });
});
