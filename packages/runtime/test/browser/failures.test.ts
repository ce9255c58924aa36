import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LearningEvent, TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { encodeSnapshot } from '@coursekit/codec';
import { FakeEngine, T0, answered } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { cmi, installLms, removeLms, type LmsVersion } from './harness';
import { loadCodec } from '@coursekit/codec/lazy';

// The codec is a chunk the trackers load on demand (lazy-codec.test.ts tests that): these tests save right after a launch.
beforeAll(() => loadCodec());

beforeEach(() => localStorage.clear());
afterEach(() => removeLms());

const trackers = { '1.2': Scorm12Tracker, '2004': Scorm2004Tracker } as const;
const names = {
  '1.2': { name: 'scorm12', global: 'API', init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString', diagnostic: 'LMSGetDiagnostic', location: 'cmi.core.lesson_location' },
  '2004': { name: 'scorm2004', global: 'API_1484_11', init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate', lastError: 'GetLastError', errorString: 'GetErrorString', diagnostic: 'GetDiagnostic', location: 'cmi.location' },
} as const;
const page = (pageId: string): LearningEvent => ({ type: 'page-viewed', time: T0, courseId: course.id, moduleId: 'm1', pageId, progress: { viewed: 1, total: 6 } });

async function launch(version: LmsVersion, api?: object) {
  const problems: TrackerProblem[] = [];
  const tracker = new trackers[version]({ now: () => T0, onProblem: (p) => problems.push(p), ...(api ? {} : {}) });
  const data = await tracker.launch({ course });
  const engine = new FakeEngine(course);
  engine.drive(tracker);
  return { tracker, data, engine, problems };
}

describe.each(['1.2', '2004'] as const)('SCORM %s when the LMS fails', (version) => {
  const n = names[version];
  // General failure: scorm-again reports 101 (1.2 "General Exception") and 391 (2004 "General Commit Failure").
  const commitCode = version === '1.2' ? '101' : '391';

  it('reports a failed commit with the LMS\'s code and text, and the course keeps working', async () => {
    // Nothing listens on port 9: every commit the LMS tries to send to its server fails.
    const api = installLms(version, {}, { lmsCommitUrl: 'http://127.0.0.1:9/commit' });
    const { tracker, engine, problems } = await launch(version);
    expect(problems.map((p) => [p.code, p.message])).toEqual([['CK605', `${n.commit} failed with LMS error ${commitCode} "${api.getLmsErrorMessageDetails(commitCode, false)}"`]]);
    expect(problems[0]!.detail).toMatch(new RegExp(`^LMS error ${commitCode}: `));
    problems.length = 0;
    engine.emit(answered(course, 'q-tf', { type: 'true-false', value: true }, false, T0));
    engine.state = { ...engine.state, pageId: 'checks' };
    engine.save();
    expect(problems.map((p) => p.code)).toEqual(['CK605']);
    // The values are still set in the LMS's runtime, for its next successful commit.
    expect(cmi(api)['cmi.interactions.0.id']).toBe('q-tf');
    expect(cmi(api)['cmi.suspend_data']).toBe(encodeSnapshot(course, engine.state));
    await engine.end();
  });

  it('reports a rejected value with the LMS\'s diagnostic, and goes on with the rest', async () => {
    const api = installLms(version);
    const original = (api as unknown as Record<string, (el: string, v: string) => string>)[n.set]!.bind(api);
    (api as unknown as Record<string, unknown>)[n.set] = (element: string, value: string) => {
      if (element === 'cmi.suspend_data') {
        api.throwSCORMError(element, version === '1.2' ? 405 : 351, 'storage quota exceeded');
        return 'false';
      }
      return original(element, value);
    };
    const { tracker, engine, problems } = await launch(version);
    engine.state = { ...engine.state, pageId: 'checks' };
    engine.emit(page('checks'));
    engine.save();
    const code = version === '1.2' ? '405' : '351';
    expect(problems).toEqual([
      {
        tracker: n.name,
        code: 'CK604',
        message: `${n.set}("cmi.suspend_data") failed with LMS error ${code} "${api.getLmsErrorMessageDetails(code, false)}"`,
        detail: `LMS error ${code}: ${api.getLmsErrorMessageDetails(code, false)} (storage quota exceeded)`,
      },
    ]);
    expect(cmi(api)[version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']).toBe('checks');
    await engine.end();
  });

  it('survives an LMS whose functions throw', async () => {
    const api = installLms(version);
    (api as unknown as Record<string, unknown>)[n.commit] = () => {
      throw new Error('LMS offline');
    };
    const { tracker, engine, problems } = await launch(version);
    engine.emit(page('checks'));
    engine.save();
    await engine.end();
    expect(problems.map((p) => `${p.code} ${p.message}`)).toEqual([`CK605 ${n.commit} threw: LMS offline`, `CK605 ${n.commit} threw: LMS offline`, `CK605 ${n.commit} threw: LMS offline`]);
  });

  // The same faults for both versions: a Commit answering "false", a SetValue refusing everything,
  // an API of throwing functions or of none, a GetValue that throws.
  const replace = (api: object, name: string, fn: (...args: string[]) => unknown) => ((api as Record<string, unknown>)[name] = fn);

  it('reports a Commit that answers "false", with the LMS error code, and keeps the values set', async () => {
    const api = installLms(version);
    const code = version === '1.2' ? '101' : '391';
    replace(api, n.commit, () => {
      api.lastErrorCode = code;
      return 'false';
    });
    const { tracker, engine, problems } = await launch(version);
    problems.length = 0;
    engine.state = { ...engine.state, pageId: 'checks' };
    engine.emit(page('checks'));
    engine.save();
    expect(problems.map((p) => [p.tracker, p.code, p.message])).toEqual([[n.name, 'CK605', `${n.commit} failed with LMS error ${code} "${api.getLmsErrorMessageDetails(code, false)}"`]]);
    expect(cmi(api)[n.location]).toBe('checks');
    await engine.end();
  });

  it('goes on when SetValue refuses every value, reporting each refusal', async () => {
    const api = installLms(version);
    const code = version === '1.2' ? '405' : '404';
    replace(api, n.set, () => {
      api.lastErrorCode = code;
      return 'false';
    });
    const { tracker, engine, problems, data } = await launch(version);
    expect(data.notices).toEqual([]);
    engine.emit(page('checks'));
    engine.save();
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['CK604']));
    expect(problems.every((p) => p.message.startsWith(`${n.set}("cmi.`) && p.message.endsWith(`failed with LMS error ${code} "${api.getLmsErrorMessageDetails(code, false)}"`))).toBe(true);
    await engine.end();
  });

  it('runs standalone with a notice when every function of the API throws', async () => {
    const hostile: Record<string, () => never> = {};
    for (const name of [n.init, n.get, n.set, n.commit, n.finish, n.lastError, n.errorString, n.diagnostic]) {
      hostile[name] = () => {
        throw new Error(`${name} exploded`);
      };
    }
    (window as unknown as Record<string, unknown>)[n.global] = hostile;
    const { tracker, engine, data, problems } = await launch(version);
    expect(data.notices.map((x) => x.code)).toEqual(['CK602']);
    expect(problems.map((p) => [p.tracker, p.code, p.message])).toEqual([[n.name, 'CK602', `${n.init} threw: ${n.init} exploded`]]);
    engine.emit(page('checks'));
    engine.save();
    await engine.end();
    expect(localStorage.length).toBe(1);
  });

  it('takes an API object without its functions for no LMS (CK601) and runs standalone with a notice', async () => {
    (window as unknown as Record<string, unknown>)[n.global] = {};
    const { tracker, engine, data, problems } = await launch(version);
    expect(data.notices.map((x) => x.code)).toEqual(['CK601']);
    expect(problems).toEqual([]); // as with no API at all: a notice to the learner, not an LMS fault
    engine.emit(page('checks'));
    await engine.end();
    expect(localStorage.length).toBe(1);
  });

  it('survives GetValue throwing at launch: the learner starts afresh, the session still runs', async () => {
    const api = installLms(version);
    replace(api, n.get, (element: string) => {
      throw new Error(`cannot read ${element}`);
    });
    const { tracker, engine, data, problems } = await launch(version);
    expect(data.snapshot).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'CK603' && p.message.startsWith(`${n.get}("cmi.`))).toBe(true);
    engine.state = { ...engine.state, pageId: 'checks' };
    engine.emit(page('checks'));
    engine.save();
    expect(cmi(api)[n.location]).toBe('checks');
    await engine.end();
  });

  it('runs standalone, with a notice, when the LMS will not initialise', async () => {
    const api = installLms(version);
    (api as unknown as Record<string, unknown>)[n.init] = () => 'false';
    const { data, problems, tracker } = await launch(version);
    expect(data.notices.map((x) => x.code)).toEqual(['CK602']);
    expect(problems).toEqual([{ tracker: n.name, code: 'CK602', message: `${n.init} failed and the LMS gave no error code` }]);
    expect((tracker as unknown as { fallback: unknown }).fallback).not.toBeNull();
  });

  it('runs standalone with a clear notice when there is no LMS, and resumes from this browser', async () => {
    removeLms();
    const first = await launch(version);
    expect(first.data).toEqual({
      learner: { id: null, name: null },
      snapshot: null,
      passingScore: null,
      language: null,
      mode: 'normal',
      notices: [{ code: 'CK601', message: 'No learning management system was found, so your progress is saved in this browser only and is not reported.' }],
    });
    first.engine.state = { ...first.engine.state, pageId: 'more', viewed: ['intro', 'checks', 'more'] };
    first.engine.emit(page('more'));
    await first.engine.end();
    expect(localStorage.getItem('coursekit:mini@1.0.0')).toBe(encodeSnapshot(course, first.engine.state));
    const second = await launch(version);
    expect(second.data.snapshot).toEqual(first.engine.state);
    expect(second.data.notices.map((x) => x.code)).toEqual(['CK601']);
  });

  it('starts afresh with a notice when suspend_data is damaged', async () => {
    const good = encodeSnapshot(course, new FakeEngine(course).state);
    installLms(version, { 'cmi.suspend_data': good.slice(0, -3) + 'zzz' });
    const { data, problems, tracker } = await launch(version);
    expect(data.snapshot).toBeNull();
    expect(data.notices).toEqual([{ code: 'CK611', message: `Your saved progress could not be read, so the course starts from the beginning (saved state of ${good.length} characters fails its checksum).` }]);
    expect(problems.map((p) => p.code)).toEqual(['CK611']);
    await tracker.terminate('exit');
  });

  it('starts afresh with a notice when suspend_data was written by another tool', async () => {
    installLms(version, { 'cmi.suspend_data': 'viewed=1,2,3|lastviewedslide=3|7#1##,3,3,3' });
    const { data, tracker } = await launch(version);
    expect(data.snapshot).toBeNull();
    expect(data.notices.map((x) => x.code)).toEqual(['CK611']);
    await tracker.terminate('exit');
  });

  it('starts afresh with a notice when suspend_data belongs to another course structure', async () => {
    const other = structuredClone(course);
    other.modules[0]!.pages.reverse();
    installLms(version, { 'cmi.suspend_data': encodeSnapshot(other, { ...new FakeEngine(other).state }) });
    const { data, tracker } = await launch(version);
    expect(data.snapshot).toBeNull();
    expect(data.notices.map((x) => x.code)).toEqual(['CK612']);
    await tracker.terminate('exit');
  });
});
