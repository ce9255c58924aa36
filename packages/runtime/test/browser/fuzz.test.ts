import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../src/scorm12/index';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { encodeSnapshot } from '@coursekit/codec';
import { FakeEngine } from '../fixtures/fake-engine';
import { miniCourse as course } from '../fixtures/mini-course';
import { installLms, removeLms } from './harness';

afterEach(() => removeLms());

const valid = encodeSnapshot(course, { ...new FakeEngine(course).state, pageId: 'more', viewed: ['intro', 'checks', 'more'] });

/** Damaged or foreign suspend_data: random text, our data with a character changed, cut, or grown. */
const damaged = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.json({ maxDepth: 2 }),
  fc.tuple(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([at, c]) => valid.slice(0, at) + c + valid.slice(at + 1)),
  fc.nat(valid.length - 1).map((at) => valid.slice(0, at)),
  fc.string({ minLength: 1, maxLength: 10 }).map((tail) => valid + tail),
).filter((data) => data !== valid && data !== '');

describe.each(['1.2', '2004'] as const)('SCORM %s launch with damaged or foreign suspend_data', (version) => {
  it('never throws: the learner starts afresh with a notice', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (data) => {
        installLms(version, { 'cmi.suspend_data': data });
        const problems: TrackerProblem[] = [];
        const tracker = new (version === '1.2' ? Scorm12Tracker : Scorm2004Tracker)({ onProblem: (p) => problems.push(p) });
        const launch = await tracker.launch({ course });
        expect(launch.snapshot).toBeNull();
        expect(launch.notices).toHaveLength(1);
        expect(['CK611', 'CK612']).toContain(launch.notices[0]!.code);
        expect(problems.map((p) => p.code)).toEqual([launch.notices[0]!.code]);
        await tracker.terminate('exit');
        removeLms();
      }),
      { numRuns: 150, seed: 1124 },
    );
  });
});
