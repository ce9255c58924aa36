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
  it("writes a first visit's first save at once when the codec has already arrived, to the LMS and to localStorage", async () => {
    installLms('1.2', { 'cmi.core.student_id': 'ASN-1987' });
    const { ck } = await openContent<FirstSave>('1.2', 'first-save', 'codec=arrived');
    const { launched, loadedAtSave, before, after, expected } = ck();
    expect(launched).toEqual([null, null]);
    expect(loadedAtSave).toBe(true);
    expect(expected).toMatch(/^1/);
    expect(before).toEqual({ lms: expected, local: expected });
    expect(after).toEqual({ lms: expected, location: 'checks', local: expected });
  });

  it("writes a first visit's first save once the codec arrives when it had not at the save: nothing before, nothing else", async () => {
    installLms('1.2', { 'cmi.core.student_id': 'ASN-1987' });
    const { ck } = await openContent<FirstSave>('1.2', 'first-save', 'codec=held');
    const { launched, loadedAtSave, before, after, expected } = ck();
    expect(launched).toEqual([null, null]);
    expect(loadedAtSave).toBe(false);
    expect(expected).toMatch(/^1/);
    expect(before).toEqual({ lms: '', local: null });
    expect(after).toEqual({ lms: expected, location: 'checks', local: expected });
  });
});
