import type { QueueStore, QueuedStatement, SetAsideStatement } from './store';

/** A short, stable tag for a queue name, so keys stay short (FNV-1a, 32 bits, hex). */
export function tag(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The queue in localStorage, one key per statement (`ck-xapi:<tag>:q:<id>`), so adding or
 * acknowledging one statement never rewrites the others. Used where IndexedDB is missing or blocked.
 * A full quota makes `add` reject with the browser's QuotaExceededError.
 *
 * @example
 * const store = new LocalStorageStore(window.localStorage, 'https://lrs.example.go.id/xapi/|urn:coursekit:tour');
 */
export class LocalStorageStore implements QueueStore {
  readonly kind = 'localstorage' as const;
  private readonly prefix: string;

  constructor(
    private readonly storage: Storage,
    name: string,
  ) {
    this.prefix = `ck-xapi:${tag(name)}:`;
  }

  private keys(kind: 'q' | 'x'): string[] {
    const out: string[] = [];
    const start = `${this.prefix}${kind}:`;
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(start)) out.push(key);
    }
    return out;
  }

  private read<T>(key: string): T | undefined {
    try {
      const raw = this.storage.getItem(key);
      return raw === null ? undefined : (JSON.parse(raw) as T);
    } catch {
      return undefined;
    }
  }

  async add(items: readonly QueuedStatement[]): Promise<void> {
    const written: string[] = [];
    try {
      for (const item of items) {
        const key = `${this.prefix}q:${item.statement.id}`;
        this.storage.setItem(key, JSON.stringify(item));
        written.push(key);
      }
    } catch (error) {
      // All or nothing, as an IndexedDB transaction: the caller keeps the whole batch in memory.
      for (const key of written) this.storage.removeItem(key);
      throw error;
    }
  }
  async all(): Promise<QueuedStatement[]> {
    return this.keys('q')
      .map((k) => this.read<QueuedStatement>(k))
      .filter((v): v is QueuedStatement => !!v && typeof v.seq === 'number' && !!v.statement?.id)
      .sort((a, b) => a.seq - b.seq);
  }
  async remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.storage.removeItem(`${this.prefix}q:${id}`);
  }
  async setAside(items: readonly SetAsideStatement[]): Promise<void> {
    for (const item of items) {
      this.storage.setItem(`${this.prefix}x:${item.statement.id}`, JSON.stringify(item));
      this.storage.removeItem(`${this.prefix}q:${item.statement.id}`);
    }
  }
  async setAsideAll(): Promise<SetAsideStatement[]> {
    return this.keys('x')
      .map((k) => this.read<SetAsideStatement>(k))
      .filter((v): v is SetAsideStatement => !!v);
  }
  async getMeta<T>(key: string): Promise<T | undefined> {
    return this.read<T>(`${this.prefix}m:${key}`);
  }
  async setMeta(key: string, value: unknown): Promise<void> {
    this.storage.setItem(`${this.prefix}m:${key}`, JSON.stringify(value));
  }
  close(): void {}
}
