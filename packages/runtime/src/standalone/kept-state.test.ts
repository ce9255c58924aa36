import { describe, expect, it, vi } from 'vitest';
import type { TrackerProblem } from '@coursekit/engine';
import { FakeEngine } from '../../test/fixtures/fake-engine';
import { miniCourse as course } from '../../test/fixtures/mini-course';
import { StandaloneTracker } from './adapter';

// The codec's chunk cannot be fetched at the launch (offline, a flaky network) and arrives later:
// the saved state it could not read must survive the session.
vi.mock('@coursekit/codec/lazy', () => {
  const codec = { encodeSnapshot: () => '1FRESHSTATE', decodeSnapshot: () => ({ ok: false, reason: 'corrupt', message: 'not reached' }) };
  let calls = 0;
  let loaded: typeof codec | null = null;
  return {
    SUSPEND_DATA_LIMITS: { scorm12: 4096, 'scorm2004-3rd': 64_000, 'scorm2004-4th': 64_000 },
    codecNow: () => loaded,
    loadCodec: () => (calls++ === 0 ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve((loaded = codec))),
  };
});

function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) } as unknown as Storage;
}

describe('standalone tracker when the codec does not load', () => {
  it('starts afresh with a notice and never overwrites the saved state', async () => {
    const storage = memoryStorage({ 'coursekit:mini@1.0.0': '1SAVEDSTATE' });
    const problems: TrackerProblem[] = [];
    const tracker = new StandaloneTracker({ storage, onProblem: (p) => problems.push(p) });
    const launch = await tracker.launch({ course });
    expect(launch.snapshot).toBeNull();
    expect(launch.notices).toEqual([{ code: 'CK611', message: 'Your saved progress could not be read, so the course starts from the beginning (its decoder could not be loaded).' }]);
    expect(problems).toEqual([{ tracker: 'local', code: 'CK600', message: "the saved state's decoder could not be loaded (Error: Failed to fetch dynamically imported module); the saved state is kept as it is" }]);
    const engine = new FakeEngine(course);
    tracker.save(engine.context());
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The codec has arrived since: saves could encode now, and still leave the saved state alone.
    tracker.save(engine.context());
    await tracker.terminate('exit', engine.context());
    expect(storage.getItem('coursekit:mini@1.0.0')).toBe('1SAVEDSTATE');
  });
});
