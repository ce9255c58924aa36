import { openDatabase } from '../queue/indexeddb';
import { tag } from '../queue/local-storage';

const META_KEY = 'state';

/** Where to look: `indexedDB` defaults to the browser's, null skips it. */
export interface EarlierPlaces {
  indexedDB?: IDBFactory | null;
  localStorage?: Storage;
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

/**
 * Reads the state earlier versions kept beside the statement queue `queueName`: its IndexedDB
 * meta row, else its localStorage meta key. `looked` is false when IndexedDB could not be asked.
 *
 * @example
 * const { looked, value } = await readEarlierCopy('https://lrs.example.go.id/xapi/|urn:coursekit:tour', { indexedDB, localStorage });
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

/**
 * Deletes that copy from both places; false when IndexedDB could not be asked.
 *
 * @example
 * await removeEarlierCopy('https://lrs.example.go.id/xapi/|urn:coursekit:tour', { indexedDB, localStorage });
 */
export async function removeEarlierCopy(queueName: string, where: EarlierPlaces): Promise<boolean> {
  const { looked } = await inDatabase(where.indexedDB, 'readwrite', (meta) => meta.delete([queueName, META_KEY]));
  try {
    where.localStorage?.removeItem(`ck-xapi:${tag(queueName)}:m:${META_KEY}`);
  } catch {
    // Disabled: nothing can be written there either.
  }
  return looked;
}
