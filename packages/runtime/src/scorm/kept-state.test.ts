import { describe, expect, it, vi } from 'vitest';
import type { TrackerProblem } from '@coursekit/engine';
import { FakeEngine } from '../../test/fixtures/fake-engine';
import { miniCourse as course } from '../../test/fixtures/mini-course';
import { Scorm12Tracker } from '../scorm12/index';
import { Scorm2004Tracker } from '../scorm2004/index';

// The codec's chunk cannot be fetched at the launch (offline, a flaky network) and arrives later:
// the saved state it could not read must survive the session in the LMS, as in the browser's storage.
const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('@coursekit/codec/lazy', () => {
  const codec = { encodeSnapshot: () => '1FRESHSTATE', decodeSnapshot: () => ({ ok: false, reason: 'corrupt', message: 'not reached' }) };
  let loaded: typeof codec | null = null;
  return {
    SUSPEND_DATA_LIMITS: { scorm12: 4096, 'scorm2004-3rd': 64_000, 'scorm2004-4th': 64_000 },
    codecNow: () => loaded,
    loadCodec: () => (calls.n++ === 0 ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve((loaded = codec))),
  };
});

/** An LMS API of either version that holds its data model in memory and records every write. */
function memoryLms(version: '1.2' | '2004', data: Record<string, string>) {
  const writes: string[] = [];
  const ok = () => 'true';
  const get = (element: string) => data[element] ?? '';
  const set = (element: string, value: string) => {
    writes.push(element);
    data[element] = value;
    return 'true';
  };
  const common = { GetLastError: () => '0', GetErrorString: () => '', GetDiagnostic: () => '' };
  const api =
    version === '1.2'
      ? { LMSInitialize: ok, LMSFinish: ok, LMSCommit: ok, LMSGetValue: get, LMSSetValue: set, LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '' }
      : { Initialize: ok, Terminate: ok, Commit: ok, GetValue: get, SetValue: set, ...common };
  return { api, data, writes };
}

const cases: { version: '1.2' | '2004'; Tracker: typeof Scorm12Tracker | typeof Scorm2004Tracker; suspend: string; initial: Record<string, string> }[] = [
  { version: '1.2', Tracker: Scorm12Tracker, suspend: 'cmi.suspend_data', initial: { 'cmi.core.entry': 'resume', 'cmi.suspend_data': '1SAVEDSTATE' } },
  { version: '2004', Tracker: Scorm2004Tracker, suspend: 'cmi.suspend_data', initial: { 'cmi.entry': 'resume', 'cmi.suspend_data': '1SAVEDSTATE' } },
];

describe.each(cases)('SCORM $version tracker when the codec does not load', ({ version, Tracker, suspend, initial }) => {
  it('starts afresh with a notice and never overwrites the suspend_data the LMS holds', async () => {
    calls.n = 0;
    const lms = memoryLms(version, { ...initial });
    const problems: TrackerProblem[] = [];
    const tracker = new Tracker({ api: lms.api, onProblem: (p) => problems.push(p) });
    const launch = await tracker.launch({ course });
    expect(launch.snapshot).toBeNull();
    expect(launch.notices).toEqual([{ code: 'CK611', message: 'Your saved progress could not be read, so the course starts from the beginning (the decoder could not be loaded).' }]);
    expect(problems[0]).toEqual({ tracker: tracker.name, code: 'CK600', message: "the saved state's decoder could not be loaded (Error: Failed to fetch dynamically imported module); the saved state is kept as it is" });
    const engine = new FakeEngine(course);
    tracker.save(engine.context());
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The codec has arrived since: saves could encode now, and still leave the saved state alone.
    tracker.save(engine.context());
    await tracker.terminate('exit', engine.context());
    expect(lms.data[suspend]).toBe('1SAVEDSTATE');
    expect(lms.writes).not.toContain(suspend);
    // The rest of the learner's record is still written: the bookmark, and the session's time.
    expect(lms.writes).toContain(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location');
  });
});
