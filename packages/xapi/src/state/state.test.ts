import { describe, expect, it } from 'vitest';
import { type StateDocument, localStateCopy } from './state';

/** A localStorage that takes `room` writes, then refuses every further one as a full quota does. */
function storageFullAfter(room: number): Storage {
  const map = new Map<string, string>();
  let writes = 0;
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    removeItem: (k) => void map.delete(k),
    setItem(k, v) {
      if (++writes > room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, String(v));
    },
  };
}

const doc = (suspendData: string, savedAt: string): StateDocument => ({ v: 1, suspendData, savedAt });

describe("the device's copy of the xAPI state", () => {
  it('returns the newer copy kept in memory when localStorage refused to store it', () => {
    const storage = storageFullAfter(1);
    const copy = localStateCopy(storage, 'ck-xapi-state:lrs|course');
    expect(copy.set(doc('page-2', '2026-12-05T02:00:00.000Z'))).toBe(true);
    expect(copy.set(doc('page-3', '2026-12-05T02:01:00.000Z'))).toBe(false);
    expect(copy.get()).toEqual(doc('page-3', '2026-12-05T02:01:00.000Z'));
    // The older copy is still what storage holds; a later write that fits takes over again.
    expect(storage.getItem('ck-xapi-state:lrs|course')).toBe(JSON.stringify(doc('page-2', '2026-12-05T02:00:00.000Z')));
  });

  it('reads the copy an earlier page left in localStorage', () => {
    const storage = storageFullAfter(1);
    expect(localStateCopy(storage, 'k').set(doc('page-2', '2026-12-05T02:00:00.000Z'))).toBe(true);
    expect(localStateCopy(storage, 'k').get()).toEqual(doc('page-2', '2026-12-05T02:00:00.000Z'));
  });

  it('keeps the copy in memory where there is no localStorage', () => {
    const copy = localStateCopy(undefined, 'k');
    expect(copy.get()).toBe(null);
    expect(copy.set(doc('page-2', '2026-12-05T02:00:00.000Z'))).toBe(false);
    expect(copy.get()).toEqual(doc('page-2', '2026-12-05T02:00:00.000Z'));
    copy.set(null);
    expect(copy.get()).toBe(null);
  });
});
