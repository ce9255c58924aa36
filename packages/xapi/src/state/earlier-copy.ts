import { openDatabase } from '../queue/indexeddb';
import { tag } from '../queue/local-storage';

/**
 * The device copy of the learner's state as versions before the trackers' sender became a chunk of
 * its own kept it until the LRS had it: the `state` meta row beside the statement queue, in
 * IndexedDB (database `coursekit-xapi`, store `meta`, key `[queue name, "state"]`, the document in
 * `value`) or, where IndexedDB could not be used, in localStorage under `ck-xapi:<tag>:m:state`.
 * Today's copy lives in localStorage (`localStateCopy`); a state that never reached the LRS is
 * still only here.
 */
export interface EarlierStateCopy {
  /** The copy, or undefined when there is none or it was already moved on this device. */
  read(): Promise<unknown>;
  /** Deletes it (today's copy or the LRS holds it now); later launches no longer look. */
  remove(): Promise<void>;
}

const META_KEY = 'state';

/**
 * The earlier device copy of the state of queue `queueName` (`<LRS endpoint>|<course activity base>`).
 * `indexedDB` undefined skips IndexedDB; `localStorage` also keeps the mark that the copy was moved.
 *
 * @example
 * const earlier = earlierStateCopy('https://lrs.example.go.id/xapi/|https://coursekit.example/courses/tour', { indexedDB, localStorage });
 * const doc = await earlier.read();
 */
export function earlierStateCopy(queueName: string, where: { indexedDB?: IDBFactory; localStorage?: Storage }): EarlierStateCopy {
  const { indexedDB, localStorage } = where;
  const lsKey = `ck-xapi:${tag(queueName)}:m:${META_KEY}`;
  const movedKey = `ck-xapi-state-moved:${queueName}`;
  /** Runs `op` on the `meta` store; `looked` is false when IndexedDB could not be asked. */
  const inDatabase = async <T>(mode: IDBTransactionMode, op: (meta: IDBObjectStore) => IDBRequest<T>): Promise<{ looked: boolean; result?: T }> => {
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
  };
  const mark = () => {
    try {
      localStorage?.setItem(movedKey, '1');
    } catch {
      // Full or disabled: the next launch looks again and finds nothing.
    }
  };
  return {
    async read() {
      try {
        if (localStorage?.getItem(movedKey)) return undefined;
      } catch {
        // Disabled since the probe: look anyway.
      }
      const { looked, result } = await inDatabase<{ value?: unknown } | undefined>('readonly', (meta) => meta.get([queueName, META_KEY]));
      let value = result?.value;
      if (value == null) {
        try {
          value = JSON.parse(localStorage?.getItem(lsKey) ?? 'null');
        } catch {
          value = null;
        }
      }
      if (value != null) return value;
      if (looked) mark();
      return undefined;
    },
    async remove() {
      const { looked } = await inDatabase('readwrite', (meta) => meta.delete([queueName, META_KEY]));
      try {
        localStorage?.removeItem(lsKey);
      } catch {
        // Disabled: nothing can be written there either.
      }
      if (looked) mark();
    },
  };
}
