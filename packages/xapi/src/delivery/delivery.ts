import type { TrackerProblem } from '@coursekit/engine';
import { XAPI_ERROR } from '../errors';
import type { StatementQueue } from '../queue/queue';
import type { SetAsideStatement } from '../queue/store';
import type { Statement } from '../statements/types';
import { type BackoffOptions, backoffDelay } from './backoff';
import type { LrsClient, LrsResponse } from './client';
import { KEEPALIVE_BUDGET, keepaliveBodies } from './keepalive';

/** How statements leave the queue. */
export interface DeliveryOptions extends BackoffOptions {
  /** Statements per POST. Default 100. */
  batchSize?: number;
  /** Bytes of JSON per POST, at most. Default 1 MB. */
  maxBatchBytes?: number;
  /** Wait after a new statement before sending, to gather a batch. Default 1 s. */
  batchDelayMs?: number;
  /** Try again this often while statements wait (and the backoff allows). Default 20 s. */
  flushIntervalMs?: number;
  /** Whether the browser believes it is online. Default navigator.onLine. */
  isOnline?: () => boolean;
  /** Defaults to Date.now. */
  now?: () => number;
  onProblem?: (problem: Omit<TrackerProblem, 'tracker'>) => void;
  /** Every statement the LRS acknowledged, as it happens. */
  onDelivered?: (ids: readonly string[]) => void;
}

/** LRS answers to a batch that mean "some of these ids already exist" (xAPI Communication 2.1.2: 409 Conflict). */
function alreadyExists(response: Extract<LrsResponse, { ok: false }>): boolean {
  if (response.kind !== 'http') return false;
  return response.status === 409 || (response.status === 400 && /already exist|conflict|duplicate/i.test(response.message));
}

/** A failure worth waiting out: no answer, a timeout, 429, a 5xx, or an auth refusal the host may fix. */
function isTransient(response: Extract<LrsResponse, { ok: false }>): boolean {
  return response.kind !== 'http' || response.status === 408 || response.status === 429 || response.status >= 500 || response.status === 401 || response.status === 403;
}

class Transient extends Error {
  constructor(readonly response: Extract<LrsResponse, { ok: false }>) {
    super(response.message);
  }
}

const encoder = new TextEncoder();

/**
 * Sends the queue to the LRS: in batches (a POST of an array), oldest first; on a network error,
 * a timeout, 429 or a 5xx it waits with exponential backoff and jitter (never less than a
 * Retry-After) and tries the same batch again, which cannot duplicate anything because every
 * statement keeps its id. A batch refused because some ids exist is resolved statement by
 * statement (GET by id, then POST the missing); a statement refused as invalid (400) is set
 * aside and reported. Flushes when a statement arrives, on `online` and on a timer; as the page
 * is hidden or goes away its tracker calls `flushWithKeepalive` (told by the session, which owns
 * the page's one `pagehide` and `visibilitychange` listener: a Delivery registers neither).
 *
 * @example
 * const delivery = new Delivery(queue, lrs, { onProblem: report });
 * delivery.start();
 * await queue.enqueue([statement]);
 * delivery.schedule();
 */
export class Delivery {
  private flushing: Promise<void> | null = null;
  private failures = 0;
  private notBefore = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the planned send (`timer`) is due. */
  private timerAt = 0;
  /** Statements in keepalive requests still in flight, and those requests' bytes (fetch allows 64 KiB in all). */
  private readonly keepaliveIds = new Set<string>();
  private keepaliveBytes = 0;
  private interval: ReturnType<typeof setInterval> | undefined;
  private batchSize: number;
  private stopped = false;
  private reportedUnreachable = false;
  private reportedUnauthorized = false;
  private readonly listeners: Array<[EventTarget, string, EventListener]> = [];

  constructor(
    private readonly queue: StatementQueue,
    private readonly lrs: LrsClient,
    private readonly options: DeliveryOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private online(): boolean {
    if (this.options.isOnline) return this.options.isOnline();
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  /** Listens for `online` and starts the retry timer. */
  start(): void {
    const on = (target: EventTarget | undefined, type: string, fn: EventListener) => {
      if (!target?.addEventListener) return;
      target.addEventListener(type, fn);
      this.listeners.push([target, type, fn]);
    };
    const win = typeof window === 'undefined' ? undefined : window;
    on(win, 'online', () => {
      // The network is back: no reason to sit out the rest of a backoff meant for an outage.
      this.notBefore = 0;
      this.failures = 0;
      void this.flush();
    });
    this.interval = setInterval(() => {
      if (this.queue.size && this.now() >= this.notBefore) void this.flush();
    }, this.options.flushIntervalMs ?? 20_000);
  }

  /** Stops listening and retrying; what is queued stays queued. */
  stop(): void {
    this.stopped = true;
    for (const [target, type, fn] of this.listeners) target.removeEventListener(type, fn);
    this.listeners.length = 0;
    clearInterval(this.interval);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Sends soon: after the batch delay, or when the backoff ends. A send already planned for sooner
   * stands, so statements that keep coming faster than the batch delay (a learner clicking through
   * pages) gather into that send instead of postponing it again and again.
   */
  schedule(delayMs = this.options.batchDelayMs ?? 1000): void {
    if (this.stopped) return;
    const at = Math.max(this.now() + delayMs, this.notBefore);
    if (this.timer !== undefined && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, Math.max(0, at - this.now()));
  }

  /** Sends everything queued now (one flush at a time; a second call waits for the first). */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.flushing) return this.flushing;
    this.flushing = this.run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Resolves when the queue is empty or the deadline passes; true when empty. Ignores the backoff's wait. */
  async drain(deadlineMs: number): Promise<boolean> {
    const end = this.now() + deadlineMs;
    while (this.queue.size && this.now() < end && !this.stopped) {
      if (this.now() >= this.notBefore && this.online()) await this.flush();
      else await new Promise((r) => setTimeout(r, Math.min(250, Math.max(1, this.notBefore - this.now()))));
    }
    return this.queue.size === 0;
  }

  private takeBatch(): Statement[] {
    const max = this.options.maxBatchBytes ?? 1_000_000;
    const batch: Statement[] = [];
    let bytes = 2;
    for (const { statement } of this.queue.pending) {
      const size = encoder.encode(JSON.stringify(statement)).length + 1;
      if (batch.length && (batch.length >= this.batchSize || bytes + size > max)) break;
      batch.push(statement);
      bytes += size;
    }
    return batch;
  }

  private async run(): Promise<void> {
    while (this.queue.size && !this.stopped) {
      if (!this.online()) return; // `online` will call again.
      if (this.now() < this.notBefore) {
        this.schedule(0);
        return;
      }
      const batch = this.takeBatch();
      try {
        await this.send(batch);
        this.succeeded();
      } catch (error) {
        if (!(error instanceof Transient)) throw error;
        this.failed(error.response, batch.length);
        return;
      }
    }
  }

  private succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
    this.reportedUnreachable = false;
    this.reportedUnauthorized = false;
  }

  private failed(response: Extract<LrsResponse, { ok: false }>, count: number): void {
    this.failures++;
    const wait = backoffDelay(this.failures, this.options, response.kind === 'http' ? response.retryAfterMs : undefined);
    this.notBefore = this.now() + wait;
    const status = response.kind === 'http' ? `HTTP ${response.status}` : response.kind;
    if (response.kind === 'http' && (response.status === 401 || response.status === 403)) {
      if (!this.reportedUnauthorized) {
        this.reportedUnauthorized = true;
        this.options.onProblem?.({ code: XAPI_ERROR.unauthorized, message: `The LRS refused the credentials (${status}); ${this.queue.size} statement(s) are kept and sending is retried.`, detail: response.message });
      }
    } else if (!this.reportedUnreachable) {
      this.reportedUnreachable = true;
      this.options.onProblem?.({
        code: XAPI_ERROR.unreachable,
        message: `The LRS did not take ${count} statement(s) (${status}); ${this.queue.size} are kept and sending is retried in ${Math.round(wait / 100) / 10} s.`,
        detail: response.message,
      });
    }
    this.schedule(0);
  }

  /** Sends one batch; throws Transient when it should be tried again later. */
  private async send(batch: Statement[]): Promise<void> {
    const response = await this.lrs.postStatements(batch);
    if (response.ok) return this.delivered(batch.map((s) => s.id));
    if (response.kind === 'http' && response.status === 413 && batch.length > 1) {
      // Too large for this LRS: smaller batches from now on.
      this.batchSize = Math.max(1, Math.floor(batch.length / 2));
      return;
    }
    if (isTransient(response)) throw new Transient(response);
    if (alreadyExists(response)) {
      for (const statement of batch) await this.resolveOne(statement, response);
      return;
    }
    if (batch.length === 1) return this.resolveOne(batch[0]!, response);
    // An invalid statement somewhere in the batch: halve until it is alone.
    const half = Math.ceil(batch.length / 2);
    await this.send(batch.slice(0, half));
    await this.send(batch.slice(half));
  }

  /** One statement the LRS refused inside a batch: does the LRS have it already? If not, send it alone. */
  private async resolveOne(statement: Statement, refusal: Extract<LrsResponse, { ok: false }>): Promise<void> {
    if (!this.queue.has(statement.id)) return;
    const has = await this.lrs.hasStatement(statement.id);
    if (has === 'found') return this.delivered([statement.id]);
    if (has !== 'missing') throw new Transient(has as Extract<LrsResponse, { ok: false }>);
    const alone = refusal.kind === 'http' && refusal.status === 400 && !alreadyExists(refusal) ? refusal : await this.lrs.postStatements([statement]);
    if (alone.ok) return this.delivered([statement.id]);
    if (isTransient(alone)) throw new Transient(alone);
    const status = alone.kind === 'http' ? alone.status : 0;
    const item: SetAsideStatement = { statement, reason: status === 409 ? 'conflict' : 'rejected', status, message: alone.message, at: new Date(this.now()).toISOString() };
    await this.queue.setAside([item]);
    this.options.onProblem?.({
      code: item.reason === 'conflict' ? XAPI_ERROR.conflict : XAPI_ERROR.rejected,
      message:
        item.reason === 'conflict'
          ? `The LRS holds a different statement with id ${statement.id} (${statement.verb.id} ${statement.object.id}); ours is set aside.`
          : `The LRS rejected statement ${statement.id} (${statement.verb.id} ${statement.object.id}) as invalid (HTTP ${status}); it is set aside and not sent again.`,
      detail: alone.message,
    });
  }

  private async delivered(ids: string[]): Promise<void> {
    await this.queue.acknowledge(ids);
    this.options.onDelivered?.(ids);
  }

  /**
   * The page is going away: send what fits in keepalive requests (64 KiB in all) without waiting.
   * The statements stay queued until acknowledged, so what does not make it goes with the next launch.
   */
  flushWithKeepalive(): void {
    if (this.stopped || !this.queue.size || !this.online()) return;
    // Called more than once as a page closes (pagehide, then the session's terminate adds the closing
    // statements): only what is not already on its way is sent, within what is left of the budget,
    // so the closing statements are not refused for keepalive bytes spent twice on the same ones.
    const fresh = this.queue.pending.map((q) => q.statement).filter((s) => !this.keepaliveIds.has(s.id));
    for (const { ids, body } of keepaliveBodies(fresh, Math.max(0, KEEPALIVE_BUDGET - this.keepaliveBytes))) {
      const bytes = encoder.encode(body).length;
      this.keepaliveBytes += bytes;
      for (const id of ids) this.keepaliveIds.add(id);
      void this.lrs
        .postStatements([], { keepalive: true, body })
        .then((response) => {
          if (response.ok) void this.delivered(ids.filter((id) => this.queue.has(id)));
        })
        .finally(() => {
          this.keepaliveBytes -= bytes;
          for (const id of ids) this.keepaliveIds.delete(id);
        });
    }
  }
}
