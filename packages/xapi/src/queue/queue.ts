import type { TrackerProblem } from '@coursekit/engine';
import { XAPI_ERROR } from '../errors';
import type { Statement } from '../statements/types';
import { IndexedDbStore, openDatabase } from './indexeddb';
import { LocalStorageStore } from './local-storage';
import { MemoryStore } from './memory';
import { usableLocalStorage } from '../storage';
import { type QueueStore, type QueuedStatement, type SetAsideStatement, type StoreKind, isQuotaError } from './store';

/** Where to keep the queue: the first that works of IndexedDB, localStorage, memory; or one of them. */
export type StoragePreference = 'auto' | StoreKind;

/** How to open a queue. */
export interface QueueOptions {
  storage?: StoragePreference;
  /** Defaults to globalThis.indexedDB. Tests pass fake-indexeddb. */
  indexedDB?: IDBFactory;
  /** Defaults to globalThis.localStorage. */
  localStorage?: Storage;
  onProblem?: (problem: Omit<TrackerProblem, 'tracker'>) => void;
}

/** Opens the first usable backend in the order IndexedDB, localStorage, memory (or the one asked for). */
export async function openStore(name: string, options: QueueOptions = {}): Promise<QueueStore> {
  const preference = options.storage ?? 'auto';
  if (preference === 'memory') return new MemoryStore();
  if (preference === 'auto' || preference === 'indexeddb') {
    const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (factory) {
      try {
        return new IndexedDbStore(await openDatabase(factory), name);
      } catch {
        // Blocked or unavailable (private mode, a locked-down WebView): try the next backend.
      }
    }
  }
  if (preference === 'auto' || preference === 'localstorage') {
    const storage = usableLocalStorage(options.localStorage);
    if (storage) return new LocalStorageStore(storage, name);
  }
  options.onProblem?.({
    code: XAPI_ERROR.notDurable,
    message: 'Neither IndexedDB nor localStorage can be used here: statements are kept in memory and are lost if the page closes before the LRS has them.',
  });
  return new MemoryStore();
}

/**
 * The durable statement queue: statements stay until the LRS acknowledges them. Keeps an
 * in-memory copy of everything pending, in order, so a page that is being hidden can send it
 * synchronously (pagehide gives no time to read storage).
 *
 * @example
 * const queue = await StatementQueue.open('https://lrs.example.go.id/xapi/|urn:coursekit:tour');
 * await queue.enqueue([statement]); // stored before this resolves
 * queue.pending.length; // 1, until acknowledge([statement.id])
 */
export class StatementQueue {
  private readonly items = new Map<string, QueuedStatement>();
  private seq = 0;
  /** Ids kept only in memory because storage refused them (quota). */
  private readonly memoryOnly = new Set<string>();
  /** Storage writes, one after another in the order asked, so a removal never overtakes its add. */
  private writes: Promise<void> = Promise.resolve();
  /** Ids whose storage write has completed. */
  private readonly stored = new Set<string>();

  private constructor(
    private readonly store: QueueStore,
    private readonly onProblem: QueueOptions['onProblem'],
    /** localStorage and the key of the unload journal, written synchronously as a page closes. */
    private readonly journal: { storage: Storage; key: string } | null,
  ) {}

  /** Opens the queue and loads what earlier sessions left unsent, the unload journal of the last page included. */
  static async open(name: string, options: QueueOptions = {}): Promise<StatementQueue> {
    const store = await openStore(name, options);
    const storage = options.storage === 'memory' ? undefined : usableLocalStorage(options.localStorage);
    const queue = new StatementQueue(store, options.onProblem, storage ? { storage, key: `ck-xapi-unload:${name}` } : null);
    for (const item of await store.all()) {
      queue.items.set(item.statement.id, item);
      queue.stored.add(item.statement.id);
      queue.seq = Math.max(queue.seq, item.seq);
    }
    const journaled = queue.readJournal().filter((item) => !queue.items.has(item.statement.id));
    if (journaled.length) {
      for (const item of journaled) {
        queue.items.set(item.statement.id, item);
        queue.seq = Math.max(queue.seq, item.seq);
      }
      await queue.write(async () => {
        try {
          await store.add(journaled);
          for (const item of journaled) queue.stored.add(item.statement.id);
        } catch {
          for (const item of journaled) queue.memoryOnly.add(item.statement.id);
        }
      });
    }
    if (queue.memoryOnly.size === 0) queue.writeJournal([]);
    return queue;
  }

  private readJournal(): QueuedStatement[] {
    if (!this.journal) return [];
    try {
      const parsed: unknown = JSON.parse(this.journal.storage.getItem(this.journal.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((x): x is QueuedStatement => typeof x?.seq === 'number' && typeof x?.statement?.id === 'string') : [];
    } catch {
      return [];
    }
  }

  private writeJournal(items: readonly QueuedStatement[]): void {
    if (!this.journal) return;
    try {
      if (items.length) this.journal.storage.setItem(this.journal.key, JSON.stringify(items));
      else this.journal.storage.removeItem(this.journal.key);
    } catch {
      // Full or disabled: the asynchronous store still has its chance.
    }
  }

  /**
   * As `enqueue`, for a page that is closing: the statements, and every pending one whose storage write has not
   * completed yet, are also written synchronously to localStorage before this returns, because the page may be gone
   * before IndexedDB commits. The next `open` puts them back in the queue; the LRS's acknowledgement removes them.
   */
  enqueueNow(statements: readonly Statement[]): Promise<void> {
    const done = this.enqueue(statements);
    this.writeJournal(this.pending.filter((item) => !this.stored.has(item.statement.id)));
    return done;
  }

  /** Which backend holds the queue. */
  get kind(): StoreKind {
    return this.store.kind;
  }

  /** Every statement not yet acknowledged, oldest first. */
  get pending(): QueuedStatement[] {
    return [...this.items.values()].sort((a, b) => a.seq - b.seq);
  }

  get size(): number {
    return this.items.size;
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  private write(op: () => Promise<void>): Promise<void> {
    this.writes = this.writes.then(op, op);
    return this.writes;
  }

  /**
   * Adds statements at the end of the queue. They are pending at once, synchronously (so a page
   * being hidden right after can still send them); the promise resolves when storage has them.
   * When storage is full they stay in memory only, and CK714 is reported.
   */
  enqueue(statements: readonly Statement[]): Promise<void> {
    const fresh = statements.filter((s) => !this.items.has(s.id)).map((statement) => ({ seq: ++this.seq, statement }));
    if (!fresh.length) return this.writes;
    for (const item of fresh) this.items.set(item.statement.id, item);
    return this.write(async () => {
      try {
        await this.store.add(fresh);
        for (const item of fresh) this.stored.add(item.statement.id);
      } catch (error) {
        for (const item of fresh) this.memoryOnly.add(item.statement.id);
        this.onProblem?.({
          code: isQuotaError(error) ? XAPI_ERROR.storageFull : XAPI_ERROR.notDurable,
          message: `${fresh.length} statement(s) could not be stored in ${this.store.kind} and are kept in memory until the LRS has them: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    });
  }

  /** The LRS has these: forget them. */
  acknowledge(ids: readonly string[]): Promise<void> {
    const known = ids.filter((id) => this.items.delete(id));
    for (const id of known) this.memoryOnly.delete(id);
    const journaled = this.readJournal();
    if (journaled.some((item) => known.includes(item.statement.id))) this.writeJournal(journaled.filter((item) => this.items.has(item.statement.id)));
    if (!known.length) return this.writes;
    return this.write(() => this.store.remove(known).catch(() => undefined));
  }

  /** The LRS refused these for good: keep them aside (reported by the caller), never send them again. */
  setAside(items: readonly SetAsideStatement[]): Promise<void> {
    for (const item of items) this.items.delete(item.statement.id);
    return this.write(() => this.store.setAside(items).catch(() => undefined));
  }

  /** Resolves when every storage write asked so far is done. */
  settled(): Promise<void> {
    return this.writes;
  }

  /** Statements the LRS refused, with its reasons. */
  setAsideStatements(): Promise<SetAsideStatement[]> {
    return this.store.setAsideAll();
  }

  getMeta<T>(key: string): Promise<T | undefined> {
    return this.store.getMeta<T>(key).catch(() => undefined);
  }

  setMeta(key: string, value: unknown): Promise<void> {
    return this.store.setMeta(key, value).catch(() => undefined);
  }

  close(): void {
    this.store.close();
  }
}
