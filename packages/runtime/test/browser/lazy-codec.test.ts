import { afterEach, describe, expect, it } from 'vitest';
import { openContent } from './frames';
import { installLms, removeLms } from './harness';

afterEach(() => {
  removeLms();
  document.body.replaceChildren();
});

interface FirstSave {
  launched: unknown[];
  loadedAtSave: boolean;
  before: { lms: string; local: string | null };
  after: { lms: string; location: string; local: string | null };
  expected: string;
}

// The codec is a chunk of its own, loaded on demand; the page (pages/first-save.ts) is fresh, so nothing has loaded it before.
describe('the suspend_data codec loaded on demand', () => {
  it("writes a first visit's first save once the codec has loaded, to the LMS and to localStorage", async () => {
    installLms('1.2', { 'cmi.core.student_id': 'ASN-1987' });
    const { ck } = await openContent<FirstSave>('1.2', 'first-save');
    const { launched, loadedAtSave, before, after, expected } = ck();
    expect(launched).toEqual([null, null]);
    // Not loaded at the save: nothing written in that task; already loaded (a fast fetch): the
    // state written at once. Never anything else.
    expect(before).toEqual(loadedAtSave ? { lms: expected, local: expected } : { lms: '', local: null });
    expect(expected).toMatch(/^1/);
    expect(after).toEqual({ lms: expected, location: 'checks', local: expected });
  });
});
