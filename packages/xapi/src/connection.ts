import type { LaunchContext, LaunchData, LearningEvent, SaveReason, TerminateReason, Tracker, TrackerContext, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { codecNow, loadCodec } from '@coursekit/codec/lazy';
import { type LrsAuth, LrsClient } from './delivery/client';
import { Delivery, type DeliveryOptions } from './delivery/delivery';
import { XAPI_ERROR, type XapiErrorCode } from './errors';
import { type QueueOptions, StatementQueue } from './queue/queue';
import { LearnerState } from './state/state';
import { StatementBuilder } from './statements/builder';
import { courseActivityBase } from './statements/ids';
import type { Agent, Statement } from './statements/types';

/** Options every LRS tracker shares. */
export interface LrsTrackerOptions {
  /** The page URL whose query string holds the launch parameters. Default location.href. */
  launchUrl?: string;
  /** Where to keep the queue: 'auto' (IndexedDB, then localStorage, then memory) by default. */
  storage?: QueueOptions['storage'];
  indexedDB?: IDBFactory;
  localStorage?: Storage;
  /** Batching, backoff and retry settings. */
  delivery?: Omit<DeliveryOptions, 'onProblem' | 'onDelivered'>;
  /** Keep the learner's state in the LRS State resource. Default true. */
  state?: boolean;
  /** How long terminate('exit') waits for the LRS before leaving the rest to keepalive and the next launch. Default 8 s. */
  terminateTimeoutMs?: number;
  /** Cookies for a same-origin proxy ("include" for a cross-origin one). */
  credentials?: RequestCredentials;
  /** Defaults to globalThis.fetch. */
  fetch?: typeof fetch;
  /** Defaults to Date.now. */
  now?: () => number;
  /** Statement ids; default random UUIDs. */
  newId?: () => string;
}

/** What a launch found: where the LRS is and who the learner is. */
export interface Connection {
  endpoint: string;
  auth: LrsAuth;
  actor: Agent;
  registration?: string;
  /** The course activity's id (cmi5: the AU's activityId). */
  courseActivityId?: string;
  organisationUnit?: string;
}

/** A fresh LaunchData, before anything is known. */
export function emptyLaunchData(): LaunchData {
  return { learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [] };
}

/**
 * What the xAPI and cmi5 trackers share: the LRS client, the durable queue and its delivery, the
 * statement builder and the learner's state. The session hands it every event (`handle`), asks it
 * to save and ends it; it never registers page listeners of its own. Never throws into the course:
 * every failure becomes a TrackerProblem and the course goes on.
 */
export abstract class LrsTrackerBase implements Tracker {
  abstract readonly name: string;
  onProblem?: (problem: TrackerProblem) => void;
  protected lrs: LrsClient | null = null;
  protected queue: StatementQueue | null = null;
  protected delivery: Delivery | null = null;
  protected builder: StatementBuilder | null = null;
  protected state: LearnerState | null = null;
  /** The context of the last event handed over: the course time statements are stamped with. */
  protected context: TrackerContext | null = null;
  protected launchedAt = 0;
  protected ended = false;

  constructor(protected readonly options: LrsTrackerOptions = {}) {}

  protected now(): number {
    return (this.options.now ?? Date.now)();
  }

  protected get launchUrl(): string {
    return this.options.launchUrl ?? (typeof location === 'undefined' ? '' : location.href);
  }

  protected report(code: XapiErrorCode, message: string, detail?: string): void {
    const problem: TrackerProblem = { tracker: this.name, code, message, ...(detail ? { detail } : {}) };
    if (this.onProblem) this.onProblem(problem);
    else console.warn(`[${this.name}] ${code} ${message}${detail ? ` (${detail})` : ''}`);
  }

  protected guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.report(XAPI_ERROR.internal, `${this.name}.${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Opens the queue, starts delivery and prepares the builder and the state for this connection. */
  protected async connect(course: ResolvedCourse, connection: Connection): Promise<void> {
    this.launchedAt = this.now();
    const onProblem = (p: Omit<TrackerProblem, 'tracker'>) => this.report(p.code as XapiErrorCode, p.message, p.detail);
    this.lrs = new LrsClient({ endpoint: connection.endpoint, auth: connection.auth, credentials: this.options.credentials, fetch: this.options.fetch });
    this.queue = await StatementQueue.open(`${this.lrs.endpoint}|${courseActivityBase(course)}`, {
      storage: this.options.storage,
      indexedDB: this.options.indexedDB,
      localStorage: this.options.localStorage,
      onProblem,
    });
    this.delivery = new Delivery(this.queue, this.lrs, { ...this.options.delivery, onProblem, now: this.options.delivery?.now ?? this.options.now });
    this.delivery.start();
    this.builder = new StatementBuilder({
      course,
      actor: connection.actor,
      registration: connection.registration,
      courseActivityId: connection.courseActivityId,
      organisationUnit: connection.organisationUnit,
      newId: this.options.newId,
      courseTimeMs: () => this.context?.totalTimeMs ?? this.now() - this.launchedAt,
    });
    if (this.options.state !== false) {
      this.state = new LearnerState(
        this.lrs,
        { activityId: this.builder.courseActivityId, agent: connection.actor, registration: connection.registration },
        course,
        this.queue,
        onProblem,
        { now: this.options.now },
      );
    }
    // Statements an earlier session left unsent go first.
    if (this.queue.size) this.delivery.schedule(0);
  }

  /** Queues statements (in order, each stored before the next is added) and asks for a send. */
  protected enqueue(statements: Statement[]): void {
    if (!statements.length || !this.queue) return;
    // Pending at once (pagehide can send them); the queue keeps its storage writes in order.
    void this.queue.enqueue(statements);
    this.delivery?.schedule();
  }

  abstract launch(ctx: LaunchContext): Promise<LaunchData>;

  handle(event: LearningEvent, ctx: TrackerContext): void {
    if (this.ended) return;
    this.context = ctx;
    this.guard('handle', () => this.onEvent(event, ctx));
  }

  /** Turns one event into statements and queues them. */
  protected abstract onEvent(event: LearningEvent, ctx: TrackerContext): void;

  /** Whether this launch may write the learner's state (not in review or browse). */
  protected get saves(): boolean {
    return true;
  }

  /**
   * Keeps the state (the session's encoded string) on this device at once and in the LRS State
   * resource soon; when the session says the page became hidden, at once with keepalive requests,
   * statements included, since a hidden page may be closed without another event.
   */
  save(ctx: TrackerContext, reason: SaveReason = 'change'): void {
    if (this.ended) return;
    this.guard('save', () => {
      if (this.saves) this.keepState(ctx);
      if (reason === 'hidden') {
        this.delivery?.flushWithKeepalive();
        this.state?.flushWithKeepalive();
      }
    });
  }

  /** Keeps the encoded state; before the codec has loaded (a first visit's first save), once it has. */
  private keepState(ctx: TrackerContext): void {
    if (!this.state) return;
    const codec = codecNow();
    if (codec) this.state.save(ctx.encoded(codec.encodeSnapshot));
    else {
      loadCodec().then(
        () => {
          if (!this.ended) this.guard('save', () => this.keepState(ctx));
        },
        (error: unknown) => this.report(XAPI_ERROR.internal, `${this.name}.save could not load the state's encoder: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  /** The statements that end the session. */
  protected abstract closing(time: number, ctx: TrackerContext | undefined): Statement[];

  /**
   * Ends the session once: the final state, the closing statements, then either a wait for the LRS
   * (`exit`, up to terminateTimeoutMs) or, as the page goes away (`pagehide`), keepalive requests.
   */
  async terminate(reason: TerminateReason, ctx?: TrackerContext): Promise<void> {
    if (this.ended) return;
    try {
      // An exit before the codec has arrived waits for it (a save waiting for it goes first); a page going away cannot.
      if (this.saves && this.state && reason !== 'pagehide' && !codecNow()) await loadCodec().catch(() => undefined);
      if (ctx) {
        this.context = ctx;
        if (this.saves) this.keepState(ctx);
      }
      // Into the durable queue before anything is sent: kept until the LRS accepts them, sent on the next launch otherwise.
      const closing = this.closing(this.now(), ctx);
      if (closing.length && this.queue) {
        void this.queue.enqueueNow(closing);
        this.delivery?.schedule();
      }
      this.ended = true;
      const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
      if (reason === 'pagehide' || hidden) {
        // The page is going away: no time to wait for answers.
        this.delivery?.flushWithKeepalive();
        this.state?.flushWithKeepalive();
        return;
      }
      const timeout = this.options.terminateTimeoutMs ?? 8000;
      await Promise.all([this.state?.flush(), this.delivery?.drain(timeout)]);
      await this.queue?.settled();
    } catch (error) {
      this.ended = true;
      this.report(XAPI_ERROR.internal, `${this.name}.terminate failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Statements not yet acknowledged by the LRS (in memory and storage). */
  get pendingCount(): number {
    return this.queue?.size ?? 0;
  }

  /** Sends what is queued now; resolves when this flush is done (not necessarily with an empty queue). */
  flush(): Promise<void> {
    return this.delivery?.flush() ?? Promise.resolve();
  }
}
