import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrarySnapshot } from '../test/fixtures/arbitrary';
import { referenceCourse } from '../test/fixtures/reference-course';
import { decodeSnapshot, encodeSnapshot } from './codec';
import { worstCaseSize } from './size';

const course = referenceCourse();

describe('suspend_data codec properties', () => {
  it('round-trips any reachable state', () => {
    fc.assert(
      fc.property(arbitrarySnapshot(course), (snapshot) => {
        const data = encodeSnapshot(course, snapshot);
        expect(data[0]).toBe('1');
        expect(decodeSnapshot(course, data)).toEqual({ ok: true, snapshot });
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('never exceeds the computed worst case', () => {
    const worst = worstCaseSize(course, 'scorm2004-4th', { fillInLength: 40, reflectionLength: 80 });
    fc.assert(
      fc.property(arbitrarySnapshot(course), (snapshot) => {
        expect(encodeSnapshot(course, snapshot).length).toBeLessThanOrEqual(worst.size);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('detects any corruption of a state and never throws', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('append' as const), text: fc.string({ minLength: 1, maxLength: 8 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(arbitrarySnapshot(course), mutation, (snapshot, m) => {
        const data = encodeSnapshot(course, snapshot);
        const at = 'at' in m ? m.at % data.length : 0;
        const damaged =
          m.kind === 'replace' ? data.slice(0, at) + m.char + data.slice(at + 1)
          : m.kind === 'truncate' ? data.slice(0, at)
          : m.kind === 'append' ? data + m.text
          : data.slice(0, at) + data.slice(at + 1);
        fc.pre(damaged !== data);
        const result = decodeSnapshot(course, damaged);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('turns away foreign suspend_data of any shape without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), fc.base64String()), (foreign) => {
        const result = decodeSnapshot(course, foreign);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
