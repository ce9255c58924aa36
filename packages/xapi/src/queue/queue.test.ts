import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleStatements } from '../../test/lrs';
import { StatementQueue } from './queue';

/** A localStorage with a byte quota, as browsers have (about 5 MB, here as small as a test wants). */
class QuotaStorage implements Storage {
  private readonly map = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

describe('the statement queue', () => {
  it('keeps statements in IndexedDB across a reload, in order, until acknowledged', async () => {
    const idb = new IDBFactory();
    const statements = sampleStatements(5);
    const first = await StatementQueue.open('lrs|course', { indexedDB: idb });
    expect(first.kind).toBe('indexeddb');
    await first.enqueue(statements.slice(0, 3));
    await first.enqueue(statements.slice(3));
    await first.acknowledge([statements[1]!.id]);
    first.close();
    const second = await StatementQueue.open('lrs|course', { indexedDB: idb });
    expect(second.pending.map((q) => q.statement.id)).toEqual([0, 2, 3, 4].map((i) => statements[i]!.id));
    // New statements go after the ones left from before.
    const later = sampleStatements(1)[0]!;
    await second.enqueue([later]);
    expect(second.pending.at(-1)!.statement.id).toBe(later.id);
    // Another queue name on the same origin sees none of them.
    expect((await StatementQueue.open('other|course', { indexedDB: idb })).size).toBe(0);
  });

  it('adds a statement only once, however often it is enqueued', async () => {
    const queue = await StatementQueue.open('dup', { indexedDB: new IDBFactory() });
    const [s] = sampleStatements(1);
    await queue.enqueue([s!, s!]);
    await queue.enqueue([s!]);
    expect(queue.size).toBe(1);
  });

  it('falls back to localStorage without IndexedDB, and keeps statements there across a reload', async () => {
    const storage = new QuotaStorage();
    const statements = sampleStatements(3);
    const first = await StatementQueue.open('lrs|course', { indexedDB: undefined, localStorage: storage, storage: 'localstorage' });
    expect(first.kind).toBe('localstorage');
    await first.enqueue(statements);
    await first.acknowledge([statements[0]!.id]);
    const second = await StatementQueue.open('lrs|course', { storage: 'localstorage', localStorage: storage });
    expect(second.pending.map((q) => q.statement.id)).toEqual([statements[1]!.id, statements[2]!.id]);
  });

  it('keeps statements in memory and reports CK714 when localStorage is full', async () => {
    const problems: Array<{ code: string; message: string }> = [];
    const queue = await StatementQueue.open('full', { storage: 'localstorage', localStorage: new QuotaStorage(1500), onProblem: (p) => problems.push(p) });
    const statements = sampleStatements(4);
    await queue.enqueue(statements.slice(0, 1));
    await queue.enqueue(statements.slice(1));
    expect(queue.size).toBe(4);
    expect(problems.map((p) => p.code)).toEqual(['CK714']);
    expect(problems[0]!.message).toMatch(/^3 statement\(s\) could not be stored in localstorage and are kept in memory until the LRS has them: /);
  });

  it('ends in memory, reporting CK713, when neither IndexedDB nor localStorage works', async () => {
    const problems: string[] = [];
    const broken = { setItem: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as Storage;
    const failing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    const queue = await StatementQueue.open('none', { indexedDB: failing, localStorage: broken, onProblem: (p) => problems.push(p.code) });
    expect(queue.kind).toBe('memory');
    expect(problems).toEqual(['CK713']);
    await queue.enqueue(sampleStatements(2));
    expect(queue.size).toBe(2);
  });

  it('keeps set-aside statements and the local state beside the queue', async () => {
    const idb = new IDBFactory();
    const queue = await StatementQueue.open('aside', { indexedDB: idb });
    const [s] = sampleStatements(1);
    await queue.enqueue([s!]);
    await queue.setAside([{ statement: s!, reason: 'rejected', status: 400, message: 'bad', at: '2026-11-02T01:00:00.000Z' }]);
    await queue.setMeta('state', { v: 1 });
    const again = await StatementQueue.open('aside', { indexedDB: idb });
    expect(again.size).toBe(0);
    expect(await again.setAsideStatements()).toEqual([{ statement: s, reason: 'rejected', status: 400, message: 'bad', at: '2026-11-02T01:00:00.000Z' }]);
    expect(await again.getMeta('state')).toEqual({ v: 1 });
  });
});
