import { openDatabase } from '../queue/indexeddb';
import { tag } from '../queue/local-storage';
import type { LocalStateCopy, StateDocument } from './state';

// The device copy of the learner's state as versions before the trackers' sender became a chunk of
// its own kept it until the LRS had it: the `state` meta row beside the statement queue, in
// IndexedDB (database `coursekit-xapi`, store `meta`, key `[queue name, "state"]`, the document in
// `value`) or, where IndexedDB could not be used, in localStorage under `ck-xapi:<tag>:m:state`.
// Today's copy lives in localStorage (`localStateCopy`); a state that never reached the LRS is
// still only there. This module is a chunk of its own: a launch loads it only on a device not yet
// looked at.

const META_KEY = 'state';

/** Where earlier versions may have kept it: `indexedDB` defaults to the browser's, null skips it. */
export interface EarlierPlaces {
  indexedDB?: IDBFactory | null;
  localStorage?: Storage;
  /** The localStorage key marking this device as looked at: later launches neither look nor load this chunk. */
  movedKey: string;
}

/** Runs `op` on the `meta` store of the queue's database; `looked` is false when IndexedDB could not be asked. */
async function inDatabase<T>(given: IDBFactory | null | undefined, mode: IDBTransactionMode, op: (meta: IDBObjectStore) => IDBRequest<T>): Promise<{ looked: boolean; result?: T }> {
  const indexedDB = given === null ? undefined : (given ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB);
  if (!indexedDB) return { looked: true };
  // A blocked or slow IndexedDB must not hold the launch up for long: the LRS copy is read meanwhile.
  const db = await openDatabase(indexedDB, 1500).catch(() => null);
  if (!db) return { looked: false };
  try {
    const req = op(db.transaction('meta', mode).objectStore('meta'));
    const result = await new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return { looked: true, result };
  } catch {
    return { looked: false };
  } finally {
    db.close();
  }
}

function isDocument(value: unknown): value is StateDocument {
  const v = value as Partial<StateDocument> | null;
  return !!v && typeof v === 'object' && v.v === 1 && typeof v.suspendData === 'string' && typeof v.savedAt === 'string';
}

/**
 * Reads the state earlier versions kept beside the statement queue `queueName`: its IndexedDB
 * meta row, else its localStorage meta key. `looked` is false when IndexedDB could not be asked.
 *
 * @example
 * const { looked, value } = await readEarlierCopy('https://lrs.example.go.id/xapi/|urn:coursekit:tour', { movedKey, localStorage });
 */
export async function readEarlierCopy(queueName: string, where: EarlierPlaces): Promise<{ looked: boolean; value: unknown }> {
  const { looked, result } = await inDatabase<{ value?: unknown } | undefined>(where.indexedDB, 'readonly', (meta) => meta.get([queueName, META_KEY]));
  let value = result?.value;
  if (value == null) {
    try {
      value = JSON.parse(where.localStorage?.getItem(`ck-xapi:${tag(queueName)}:m:${META_KEY}`) ?? 'null');
    } catch {
      value = null;
    }
  }
  return { looked, value: value ?? undefined };
}

/** Deletes that copy from both places and marks the device as looked at (unless IndexedDB could not be asked). */
async function removeEarlierCopy(queueName: string, where: EarlierPlaces): Promise<void> {
  const { looked } = await inDatabase(where.indexedDB, 'readwrite', (meta) => meta.delete([queueName, META_KEY]));
  try {
    where.localStorage?.removeItem(`ck-xapi:${tag(queueName)}:m:${META_KEY}`);
    if (looked) where.localStorage?.setItem(where.movedKey, '1');
  } catch {
    // Full or disabled: the next launch looks again.
  }
}

/**
 * At a launch whose device has no copy of today's kind: the state earlier versions kept, when it
 * is newer than the LRS's (`remote`, what the State GET answered, null when nothing) — moved into
 * today's copy `local`, then deleted there — else undefined (an older one is deleted). A copy
 * `local` cannot store (quota) stays where it is until a launch finds the LRS has caught up.
 *
 * @example
 * const doc = await moveEarlierCopy(queueName, { movedKey, localStorage }, remoteValue, localStateCopy(localStorage, key));
 */
export async function moveEarlierCopy(queueName: string, where: EarlierPlaces, remote: Promise<unknown>, local: LocalStateCopy): Promise<StateDocument | undefined> {
  const { looked, value } = await readEarlierCopy(queueName, where);
  if (!isDocument(value)) {
    if (looked) {
      try {
        where.localStorage?.setItem(where.movedKey, '1');
      } catch {
        // Full or disabled: the next launch looks again and finds nothing.
      }
    }
    return undefined;
  }
  const current = await remote;
  if (isDocument(current) && current.savedAt >= value.savedAt) {
    void removeEarlierCopy(queueName, where);
    return undefined;
  }
  if (local.set(value)) void removeEarlierCopy(queueName, where);
  return value;
}
