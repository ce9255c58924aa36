import type { Statement } from '../statements/types';

/** A statement waiting for the LRS, with its place in the queue. */
export interface QueuedStatement {
  /** Order of creation: the queue sends oldest first, so `initialized` leads and `terminated` ends. */
  seq: number;
  statement: Statement;
}

/** A statement the LRS refused for good: kept, reported, never retried. */
export interface SetAsideStatement {
  statement: Statement;
  reason: 'rejected' | 'conflict';
  /** The LRS's HTTP status and words. */
  status: number;
  message: string;
  /** When it was set aside, ISO 8601. */
  at: string;
}

/** Where queued statements live. */
export type StoreKind = 'indexeddb' | 'localstorage' | 'memory';

/**
 * One storage backend of the statement queue (IndexedDB, localStorage or memory), scoped to one
 * queue name. Writes resolve once the backend has committed them, so a statement whose `add`
 * resolved survives a reload (except in memory).
 */
export interface QueueStore {
  readonly kind: StoreKind;
  add(items: readonly QueuedStatement[]): Promise<void>;
  /** Everything queued, oldest first. */
  all(): Promise<QueuedStatement[]>;
  remove(ids: readonly string[]): Promise<void>;
  /** Moves statements out of the queue into the set-aside list. */
  setAside(items: readonly SetAsideStatement[]): Promise<void>;
  setAsideAll(): Promise<SetAsideStatement[]>;
  /** A small named value kept beside the queue (the pending learner state). */
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}

/** A storage write failed because the browser's quota is used up. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
