import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test/fixtures/storage';
import { LocalStorageStore } from '../queue/local-storage';
import { earlierStateCopy } from './earlier-copy';

const doc = { v: 1, suspendData: '1Ab3x', savedAt: '2026-12-01T02:30:00.000Z' };

describe('the device copy of the state earlier versions kept', () => {
  it('reads and deletes the copy an earlier version kept in localStorage where IndexedDB could not be used', async () => {
    const storage = memoryStorage();
    await new LocalStorageStore(storage, 'lrs|course').setMeta('state', doc);
    const earlier = earlierStateCopy('lrs|course', { indexedDB: null, localStorage: storage });
    expect(await earlier.read()).toEqual(doc);
    await earlier.remove();
    expect(await new LocalStorageStore(storage, 'lrs|course').getMeta('state')).toBe(undefined);
    expect(await earlierStateCopy('lrs|course', { indexedDB: null, localStorage: storage }).read()).toBe(undefined);
  });

  it('looks only once on a device where it found none', async () => {
    const storage = memoryStorage();
    expect(await earlierStateCopy('lrs|course', { indexedDB: new IDBFactory(), localStorage: storage }).read()).toBe(undefined);
    await new LocalStorageStore(storage, 'lrs|course').setMeta('state', doc);
    expect(await earlierStateCopy('lrs|course', { indexedDB: new IDBFactory(), localStorage: storage }).read()).toBe(undefined);
  });
});
