import type { LearningEvent, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import type { LrsTrackerOptions } from '../connection';
import type { LrsClient } from '../delivery/client';
import { Delivery } from '../delivery/delivery';
import { StatementQueue } from '../queue/queue';
import { StatementBuilder } from '../statements/builder';
import type { Statement } from '../statements/types';
import { type SessionRecord, journalPrefix } from './journal';

/** How one kind of tracker turns a session's events into statements. */
export interface Rules {
  /** What opens the session before any event (cmi5: `initialized`). */
  opening(): Statement[];
  statementsFor(event: LearningEvent, totalTimeMs: number): Statement[];
  /** What ends it (`terminated`). */
  closing(time: number): Statement[];
}

/** Makes the rules of one session; `earlier` are the rules of the sessions replayed before it, in order. */
export type RulesFor = (record: SessionRecord, builder: StatementBuilder, earlier: readonly Rules[]) => Rules;

/** What the tracker's first load hands the sender when it arrives. */
export interface SenderInit {
  course: ResolvedCourse;
  /** The queue's name: the LRS endpoint and the course's activity base. */
  queueName: string;
  lrs: LrsClient;
  options: LrsTrackerOptions;
  /** The session being played (its events are handed over by `start`). */
  record: SessionRecord;
  /** The key of `record` in `storage`: it is not replayed as an earlier session. */
  recordKey: string;
  /** Where session records are kept, or none. */
  storage: Storage | undefined;
  report: (problem: Omit<TrackerProblem, 'tracker'>) => void;
}

/** An unfinished record is taken as abandoned (a crashed page) once it has not been written for this long. */
const ABANDONED_MS = 60 * 60 * 1000;

/** A builder for one session, whose course time is the time of the event being built. */
function sessionBuilder(init: SenderInit, record: SessionRecord, clock: { ms: number }): StatementBuilder {
  return new StatementBuilder({
    course: init.course,
    actor: record.who.actor,
    registration: record.who.registration,
    courseActivityId: record.who.courseActivityId,
    organisationUnit: record.who.organisationUnit,
    newId: init.options.newId,
    courseTimeMs: () => clock.ms,
  });
}

/**
 * The part of an LRS tracker that sends: the statement builder, the durable queue and its delivery.
 * A chunk of its own, loaded once the tracker has launched; until it has arrived, the tracker keeps
 * the session's events (`SessionRecord`) and hands them over with `start`.
 *
 * @example
 * const sender = await openSender(init, (record, builder) => xapiRules(record, builder));
 * sender.start(record); // the events so far, their statements queued durably before this returns
 * sender.handle(event, ctx.totalTimeMs);
 */
export class Sender {
  private constructor(
    private readonly queue: StatementQueue,
    private readonly delivery: Delivery,
    private readonly rules: Rules,
    /** The course time of the event being built: what a course verdict's duration reads. */
    private readonly clock: { ms: number },
  ) {}

  /** Opens the queue (statements an earlier session left go first), replays earlier sessions' records, and makes this session's rules. */
  static async open(init: SenderInit, rulesFor: RulesFor): Promise<Sender> {
    const onProblem = init.report;
    const { options } = init;
    const queue = await StatementQueue.open(init.queueName, { storage: options.storage, indexedDB: options.indexedDB, localStorage: options.localStorage, onProblem });
    const delivery = new Delivery(queue, init.lrs, { ...options.delivery, onProblem, now: options.delivery?.now ?? options.now });
    delivery.start();
    const earlier = replayRecords(init, queue, rulesFor);
    const clock = { ms: 0 };
    const sender = new Sender(queue, delivery, rulesFor(init.record, sessionBuilder(init, init.record, clock), earlier), clock);
    if (queue.size) delivery.schedule(0);
    return sender;
  }

  /**
   * Takes the session so far: its opening, its events and, if it has ended, its closing. Their
   * statements are in the durable queue (and, until storage has them, in localStorage) when this returns.
   */
  start(record: SessionRecord): void {
    void this.queue.enqueueNow(statementsOf(record, this.rules, this.clock));
    this.delivery.schedule();
  }

  handle(event: LearningEvent, totalTimeMs: number): void {
    this.clock.ms = totalTimeMs;
    const statements = this.rules.statementsFor(event, totalTimeMs);
    if (!statements.length) return;
    // Pending at once (pagehide can send them); the queue keeps its storage writes in order.
    void this.queue.enqueue(statements);
    this.delivery.schedule();
  }

  /** Queues the closing statements: kept until the LRS accepts them, sent on the next launch otherwise. */
  close(time: number): void {
    const closing = this.rules.closing(time);
    if (!closing.length) return;
    void this.queue.enqueueNow(closing);
    this.delivery.schedule();
  }

  /** The page is going away: send what fits in keepalive requests, without waiting. */
  flushWithKeepalive(): void {
    this.delivery.flushWithKeepalive();
  }

  /** Sends until the queue is empty or `timeoutMs` has passed, then waits for storage. */
  async drain(timeoutMs: number): Promise<void> {
    await this.delivery.drain(timeoutMs);
    await this.queue.settled();
  }

  flush(): Promise<void> {
    return this.delivery.flush();
  }

  /** Statements not yet acknowledged by the LRS. */
  get pendingCount(): number {
    return this.queue.size;
  }
}

/** Every statement of a record, in order: its opening, its events, and its closing if it ended. */
function statementsOf(record: SessionRecord, rules: Rules, clock: { ms: number }): Statement[] {
  const out = rules.opening();
  for (const [event, totalTimeMs] of record.events) {
    clock.ms = totalTimeMs;
    out.push(...rules.statementsFor(event, totalTimeMs));
  }
  if (record.closedAt !== undefined) out.push(...rules.closing(record.closedAt));
  return out;
}

/**
 * The records earlier pages of this tracker left for this queue (their sender never arrived, or
 * arrived too late): each ended or abandoned one is built into statements with its own identity,
 * queued durably and forgotten, oldest first. Returns their rules, in that order.
 */
function replayRecords(init: SenderInit, queue: StatementQueue, rulesFor: RulesFor): Rules[] {
  const { storage } = init;
  if (!storage) return [];
  const prefix = journalPrefix(init.record.tracker, init.queueName);
  const found: Array<{ key: string; record: SessionRecord }> = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(prefix) || key === init.recordKey) continue;
    try {
      const record = JSON.parse(storage.getItem(key) ?? 'null') as SessionRecord | null;
      if (record && Array.isArray(record.events) && record.who?.actor) found.push({ key, record });
    } catch {
      // Not ours to read: left as it is.
    }
  }
  const now = (init.options.now ?? Date.now)();
  const earlier: Rules[] = [];
  for (const { key, record } of found.sort((a, b) => a.record.launchedAt - b.record.launchedAt)) {
    // Another page of the same course may still be writing an unfinished record.
    if (record.closedAt === undefined && now - record.writtenAt < ABANDONED_MS) continue;
    const clock = { ms: 0 };
    const rules = rulesFor(record, sessionBuilder(init, record, clock), earlier);
    void queue.enqueueNow(statementsOf(record, rules, clock));
    storage.removeItem(key);
    earlier.push(rules);
  }
  return earlier;
}

/**
 * The xAPI (TinCan) tracker's rules: a statement per event as the builder makes it, `terminated`
 * with the session's duration at the end.
 *
 * @example
 * const sender = await Sender.open(init, xapiRules);
 */
export const xapiRules: RulesFor = (record, builder) => ({
  opening: () => [],
  statementsFor: (event) => builder.statementsFor(event),
  closing: (time) => [builder.terminated(time, time - record.launchedAt)],
});

/**
 * Opens the xAPI (TinCan) tracker's sender.
 *
 * @example
 * const sender = await openXapiSender(init);
 */
export function openXapiSender(init: SenderInit): Promise<Sender> {
  return Sender.open(init, xapiRules);
}
