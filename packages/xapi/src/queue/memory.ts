import type { QueueStore, QueuedStatement, SetAsideStatement } from './store';

/**
 * The queue in memory only: what is left when the browser offers no storage. Lost on reload.
 *
 * @example
 * const store = new MemoryStore();
 * await store.add([{ seq: 1, statement }]);
 */
export class MemoryStore implements QueueStore {
  readonly kind = 'memory' as const;
  private readonly queued = new Map<string, QueuedStatement>();
  private readonly aside = new Map<string, SetAsideStatement>();
  private readonly meta = new Map<string, unknown>();

  async add(items: readonly QueuedStatement[]): Promise<void> {
    for (const item of items) this.queued.set(item.statement.id, item);
  }
  async all(): Promise<QueuedStatement[]> {
    return [...this.queued.values()].sort((a, b) => a.seq - b.seq);
  }
  async remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.queued.delete(id);
  }
  async setAside(items: readonly SetAsideStatement[]): Promise<void> {
    for (const item of items) {
      this.queued.delete(item.statement.id);
      this.aside.set(item.statement.id, item);
    }
  }
  async setAsideAll(): Promise<SetAsideStatement[]> {
    return [...this.aside.values()];
  }
  async getMeta<T>(key: string): Promise<T | undefined> {
    return this.meta.get(key) as T | undefined;
  }
  async setMeta(key: string, value: unknown): Promise<void> {
    this.meta.set(key, structuredClone(value));
  }
  close(): void {}
}
