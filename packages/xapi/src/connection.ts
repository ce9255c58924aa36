import type { LaunchContext, LaunchData, LearningEvent, SaveReason, TerminateReason, Tracker, TrackerContext, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { codecNow, loadCodec } from '@coursekit/codec/lazy';
import { type LrsAuth, LrsClient } from './delivery/client';
import type { DeliveryOptions } from './delivery/delivery';
import { XAPI_ERROR, type XapiErrorCode } from './errors';
import type { QueueOptions } from './queue/queue';
import type { SessionIdentity, SessionRecord } from './sender/journal';
import { journalPrefix, writeRecord } from './sender/journal';
import type { Sender, SenderInit } from './sender/sender';
import { LearnerState, localStateCopy } from './state/state';
import { courseActivityBase } from './statements/ids';
import type { Agent } from './statements/types';
import { uuid } from './statements/uuid';
import { usableLocalStorage } from './storage';

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
 * What the xAPI and cmi5 trackers share. The first load holds their launch (launch parameters, the
 * LRS client, the learner's state) and nothing that sends: the statement builder, the durable queue
 * and its delivery are the sender, a chunk the tracker starts loading as its launch ends and never
 * waits for before the course shows. Until the sender has arrived, the session's events are kept in
 * order in a session record (in localStorage, written with every event and at the end), which the
 * sender turns into statements when it arrives, or at the next launch if it never does. The session
 * hands it every event (`handle`), asks it to save and ends it; it never registers page listeners of
 * its own. Never throws into the course: every failure becomes a TrackerProblem and the course goes on.
 */
export abstract class LrsTrackerBase implements Tracker {
  abstract readonly name: string;
  onProblem?: (problem: TrackerProblem) => void;
  protected lrs: LrsClient | null = null;
  protected state: LearnerState | null = null;
  protected launchedAt = 0;
  protected ended = false;
  /** The sender, once it has arrived and taken the session's record. */
  private sender: Sender | null = null;
  /** Loading or opening the sender; null before the launch asks for it and after a failure. */
  private arriving: Promise<Sender | null> | null = null;
  private reportedUnavailable = false;
  /** The session's events until the sender takes them; null when nothing is tracked. */
  private record: SessionRecord | null = null;
  private recordKey = '';
  private queueName = '';
  private storage: Storage | undefined;
  private course: ResolvedCourse | null = null;
  /** The page is going away: whatever the sender sends when it arrives goes with keepalive. */
  private leaving = false;

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

  abstract launch(ctx: LaunchContext): Promise<LaunchData>;

  /** Imports this tracker's sender chunk (xAPI or cmi5 rules) and opens it. */
  protected abstract openSender(init: SenderInit): Promise<Sender>;

  /** Connects the LRS client and the learner's state for this connection; the sender is not loaded yet. */
  protected connect(course: ResolvedCourse, connection: Connection): void {
    this.launchedAt = this.now();
    this.course = course;
    const onProblem = (p: Omit<TrackerProblem, 'tracker'>) => this.report(p.code as XapiErrorCode, p.message, p.detail);
    this.lrs = new LrsClient({ endpoint: connection.endpoint, auth: connection.auth, credentials: this.options.credentials, fetch: this.options.fetch });
    this.queueName = `${this.lrs.endpoint}|${courseActivityBase(course)}`;
    this.storage = this.options.storage === 'memory' ? undefined : usableLocalStorage(this.options.localStorage);
    if (this.options.state !== false) {
      const moved = `ck-xapi-state-moved:${this.queueName}`;
      this.state = new LearnerState(
        this.lrs,
        { activityId: connection.courseActivityId ?? courseActivityBase(course), agent: connection.actor, registration: connection.registration },
        course,
        localStateCopy(this.storage, `ck-xapi-state:${this.queueName}`),
        onProblem,
        {
          now: this.options.now,
          // A device already looked at neither looks nor loads the code that would.
          earlier:
            this.options.storage === 'memory' || this.storage?.getItem(moved)
              ? undefined
              : (remote, local) =>
                  import('./state/earlier-copy').then((m) =>
                    m.moveEarlierCopy(this.queueName, { indexedDB: this.options.storage === 'localstorage' ? null : this.options.indexedDB, localStorage: this.storage, movedKey: moved }, remote, local),
                  ),
        },
      );
    }
  }

  /**
   * The launch is done: from now on the session's events are kept (`record`), and the sender starts
   * loading, in parallel with the course's first page; it takes the record when it arrives.
   */
  protected begin(record: Omit<SessionRecord, 'events' | 'launchedAt' | 'writtenAt' | 'tracker'> & { tracker: SessionRecord['tracker'] }): void {
    this.record = { ...record, launchedAt: this.launchedAt, events: [], writtenAt: this.now() };
    this.recordKey = `${journalPrefix(record.tracker, this.queueName)}${this.launchedAt}-${uuid().slice(0, 8)}`;
    void this.arrival();
  }

  /** The sender: loads and opens it once (again after a failure), then hands it the record. */
  private arrival(): Promise<Sender | null> {
    if (this.sender) return Promise.resolve(this.sender);
    if (!this.record || !this.lrs || !this.course) return Promise.resolve(null);
    const init: SenderInit = {
      course: this.course,
      queueName: this.queueName,
      lrs: this.lrs,
      options: this.options,
      record: this.record,
      recordKey: this.recordKey,
      storage: this.storage,
      report: (p) => this.report(p.code as XapiErrorCode, p.message, p.detail),
    };
    return (this.arriving ??= this.openSender(init).then(
      (sender) => {
        this.takeOver(sender);
        return sender;
      },
      (error: unknown) => {
        this.arriving = null;
        // The events stay in the record, on this device: sent when the sender arrives, at the latest on the next launch.
        this.keepRecord();
        if (!this.reportedUnavailable) {
          this.reportedUnavailable = true;
          this.report(
            XAPI_ERROR.senderUnavailable,
            "The part of the tracker that sends statements could not be loaded: the learner's events are kept on this device and sent when it loads, at the latest on the next launch.",
            error instanceof Error ? error.message : String(error),
          );
        }
        return null;
      },
    ));
  }

  /** The sender has arrived: the record's statements go into its durable queue, then the record is forgotten. */
  private takeOver(sender: Sender): void {
    const record = this.record!;
    this.guard('handle', () => sender.start(record));
    // start() journaled the statements synchronously: the record is no longer needed, and must not be sent twice.
    try {
      this.storage?.removeItem(this.recordKey);
    } catch {
      // Disabled since: nothing was written either.
    }
    this.sender = sender;
    if (this.leaving) this.guard('terminate', () => sender.flushWithKeepalive());
  }

  /** Writes the record to this device (synchronously), where the sender of this page or the next launch finds it. */
  private keepRecord(): void {
    if (!this.record || this.sender || !this.storage) return;
    this.record.writtenAt = this.now();
    if (!writeRecord(this.storage, this.recordKey, this.record)) {
      this.report(XAPI_ERROR.storageFull, `${this.record.events.length} event(s) waiting for the tracker's sender could not be written to localStorage and are kept in memory only.`);
    }
  }

  handle(event: LearningEvent, ctx: TrackerContext): void {
    if (this.ended || !this.record) return;
    this.guard('handle', () => {
      if (this.sender) this.sender.handle(event, ctx.totalTimeMs);
      else {
        this.record!.events.push([event, ctx.totalTimeMs]);
        this.keepRecord();
      }
    });
  }

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
      // A sender that failed to load is tried again, at most as often as the session saves.
      if (!this.sender && !this.arriving) void this.arrival();
      if (reason === 'hidden') {
        this.sender?.flushWithKeepalive();
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

  /**
   * Ends the session once: the final state, the closing statements, then either a wait for the LRS
   * (`exit`, up to terminateTimeoutMs, the sender's arrival included) or, as the page goes away
   * (`pagehide`), keepalive requests. A page that goes away before the sender has arrived keeps the
   * ended record on this device: its statements are built and sent when the sender arrives, on this
   * page if it still can, else on the next launch.
   */
  async terminate(reason: TerminateReason, ctx?: TrackerContext): Promise<void> {
    if (this.ended) return;
    try {
      const started = this.now();
      // An exit before the codec has arrived waits for it (a save waiting for it goes first); a page going away cannot.
      if (this.saves && this.state && reason !== 'pagehide' && !codecNow()) await loadCodec().catch(() => undefined);
      if (ctx && this.saves) this.keepState(ctx);
      this.ended = true;
      const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
      this.leaving = reason === 'pagehide' || hidden;
      if (this.record) {
        const time = this.now();
        if (this.sender) this.guard('terminate', () => this.sender!.close(time));
        else {
          // Into the record before anything is sent: the sender closes the session when it takes it.
          this.record.closedAt = time;
          this.keepRecord();
        }
      }
      if (this.leaving) {
        // The page is going away: no time to wait for answers.
        this.sender?.flushWithKeepalive();
        this.state?.flushWithKeepalive();
        return;
      }
      const timeout = this.options.terminateTimeoutMs ?? 8000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeout)));
      const sender = this.record ? await Promise.race([this.arrival(), late]) : null;
      clearTimeout(timer);
      const left = Math.max(0, timeout - (this.now() - started));
      await Promise.all([this.state?.flush(), sender?.drain(left)]);
    } catch (error) {
      this.ended = true;
      this.report(XAPI_ERROR.internal, `${this.name}.terminate failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Statements not yet acknowledged by the LRS, and events whose statements are not built yet (the sender has not arrived). */
  get pendingCount(): number {
    return this.sender ? this.sender.pendingCount : (this.record?.events.length ?? 0);
  }

  /** Sends what is queued now; resolves when this flush is done (not necessarily with an empty queue). */
  flush(): Promise<void> {
    return this.sender?.flush() ?? Promise.resolve();
  }
}
