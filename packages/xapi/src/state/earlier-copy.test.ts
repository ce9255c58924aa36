import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test/fixtures/storage';
import { LocalStorageStore } from '../queue/local-storage';
import { moveEarlierCopy } from './earlier-copy';
import { localStateCopy } from './state';

const doc = { v: 1 as const, suspendData: '1Ab3x', savedAt: '2026-12-01T02:30:00.000Z' };
const movedKey = 'ck-xapi-state-moved:lrs|course';

describe('the device copy of the state earlier versions kept', () => {
  it('moves the copy an earlier version kept in localStorage, where IndexedDB could not be used, into today’s copy and deletes it', async () => {
    const storage = memoryStorage();
    await new LocalStorageStore(storage, 'lrs|course').setMeta('state', doc);
    const today = localStateCopy(storage, 'ck-xapi-state:lrs|course');
    expect(await moveEarlierCopy('lrs|course', { indexedDB: null, localStorage: storage, movedKey }, Promise.resolve(null), today)).toEqual(doc);
    expect(today.get()).toEqual(doc);
    await expect.poll(() => storage.getItem(movedKey)).toBe('1');
    expect(await new LocalStorageStore(storage, 'lrs|course').getMeta('state')).toBe(undefined);
  });

  it('marks a device where it found none, so later launches do not look', async () => {
    const storage = memoryStorage();
    const today = localStateCopy(storage, 'ck-xapi-state:lrs|course');
    expect(await moveEarlierCopy('lrs|course', { indexedDB: new IDBFactory(), localStorage: storage, movedKey }, Promise.resolve(null), today)).toBe(undefined);
    expect(storage.getItem(movedKey)).toBe('1');
    expect(today.get()).toBe(null);
  });
});
