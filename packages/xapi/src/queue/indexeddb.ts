import type { QueueStore, QueuedStatement, SetAsideStatement } from './store';

const DB_NAME = 'coursekit-xapi';
const DB_VERSION = 1;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
}

/**
 * Opens (and on first use creates) the CourseKit xAPI database: stores `queue` and `aside` keyed
 * by [queue name, statement id], `queue` indexed by [queue name, seq] for oldest-first reads, and
 * `meta` keyed by [queue name, key]. Rejects when IndexedDB is missing, blocked or too slow.
 */
export function openDatabase(factory: IDBFactory, timeoutMs = 3000): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Some browsers (private modes, locked-down WebViews) never answer an open: give up and fall back.
    const timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${timeoutMs} ms`)), timeoutMs);
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      clearTimeout(timer);
      reject(error);
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      const queue = db.createObjectStore('queue', { keyPath: ['ns', 'id'] });
      queue.createIndex('order', ['ns', 'seq']);
      db.createObjectStore('aside', { keyPath: ['ns', 'id'] });
      db.createObjectStore('meta', { keyPath: ['ns', 'key'] });
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve(req.result);
    };
    req.onerror = () => {
      clearTimeout(timer);
      reject(req.error);
    };
    req.onblocked = () => {
      clearTimeout(timer);
      reject(new Error('IndexedDB upgrade blocked by another tab'));
    };
  });
}

/**
 * The queue in IndexedDB: durable, large (hundreds of MB), shared by the tabs of one origin.
 * Every write is one transaction, so a batch is stored whole or not at all.
 *
 * @example
 * const store = new IndexedDbStore(await openDatabase(indexedDB), 'https://lrs.example.go.id/xapi/|urn:coursekit:tour');
 */
export class IndexedDbStore implements QueueStore {
  readonly kind = 'indexeddb' as const;

  constructor(
    private readonly db: IDBDatabase,
    private readonly ns: string,
  ) {}

  async add(items: readonly QueuedStatement[]): Promise<void> {
    const tx = this.db.transaction('queue', 'readwrite');
    const store = tx.objectStore('queue');
    for (const item of items) store.put({ ns: this.ns, id: item.statement.id, seq: item.seq, statement: item.statement });
    await done(tx);
  }

  async all(): Promise<QueuedStatement[]> {
    const tx = this.db.transaction('queue', 'readonly');
    const range = IDBKeyRange.bound([this.ns, -Infinity], [this.ns, Infinity]);
    const rows = await request(tx.objectStore('queue').index('order').getAll(range));
    return (rows as Array<{ seq: number; statement: QueuedStatement['statement'] }>).map((r) => ({ seq: r.seq, statement: r.statement }));
  }

  async remove(ids: readonly string[]): Promise<void> {
    const tx = this.db.transaction('queue', 'readwrite');
    const store = tx.objectStore('queue');
    for (const id of ids) store.delete([this.ns, id]);
    await done(tx);
  }

  async setAside(items: readonly SetAsideStatement[]): Promise<void> {
    const tx = this.db.transaction(['queue', 'aside'], 'readwrite');
    for (const item of items) {
      tx.objectStore('aside').put({ ns: this.ns, id: item.statement.id, ...item });
      tx.objectStore('queue').delete([this.ns, item.statement.id]);
    }
    await done(tx);
  }

  async setAsideAll(): Promise<SetAsideStatement[]> {
    const tx = this.db.transaction('aside', 'readonly');
    const range = IDBKeyRange.bound([this.ns, ''], [this.ns, '\uffff']);
    const rows = (await request(tx.objectStore('aside').getAll(range))) as Array<SetAsideStatement & { ns?: string; id?: string }>;
    return rows.map(({ statement, reason, status, message, at }) => ({ statement, reason, status, message, at }));
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    const tx = this.db.transaction('meta', 'readonly');
    const row = (await request(tx.objectStore('meta').get([this.ns, key]))) as { value: T } | undefined;
    return row?.value;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ ns: this.ns, key, value });
    await done(tx);
  }

  close(): void {
    this.db.close();
  }
}
