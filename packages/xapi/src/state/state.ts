import type { EngineSnapshot, TrackerProblem } from '@coursekit/engine';
import { loadCodec } from '@coursekit/codec/lazy';
import type { ResolvedCourse } from '@coursekit/schema';
import type { DocumentParams, LrsClient } from '../delivery/client';
import { XAPI_ERROR } from '../errors';
import type { Cmi5RegistrationFlags } from '../cmi5/session';

/** The State API document id of the learner's state (xAPI Communication 2.3, stateId). */
export const STATE_ID = 'https://coursekit.dev/xapi/state/learner';

/**
 * The learner's state document: the same encoded string SCORM keeps in suspend_data
 * (@coursekit/codec), so both targets resume from one format.
 */
export interface StateDocument {
  v: 1;
  /** encodeSnapshot(course, snapshot). */
  suspendData: string;
  /** ISO 8601; the newer of the LRS copy and the local copy wins on launch. */
  savedAt: string;
  /** cmi5: which once-per-registration verbs were already sent. */
  cmi5?: Cmi5RegistrationFlags;
}

/** Where this device keeps the latest state until the LRS has it. */
export interface LocalStateCopy {
  /** The newest state kept here, or null. */
  get(): unknown;
  /**
   * Keeps `doc`, or forgets the copy (null); synchronous, so a save as the page closes is kept before it goes.
   * True when the device's storage holds it (it outlives the page), false when only memory does.
   */
  set(doc: StateDocument | null): boolean;
}

/**
 * The device's copy of the state: in localStorage under `key` (written synchronously, so a save as
 * the page closes is on the device before it goes), or in memory where localStorage cannot be used
 * or refuses a write (quota full): then the copy in memory is the newer one, and the one `get` returns.
 *
 * @example
 * const local = localStateCopy(usableLocalStorage(), 'ck-xapi-state:https://lrs.example.go.id/xapi/|urn:coursekit:tour');
 */
export function localStateCopy(storage: Storage | undefined, key: string): LocalStateCopy {
  let memory: StateDocument | null = null;
  /** The last write did not reach storage: what storage holds is older than `memory`. */
  let ahead = false;
  return {
    get() {
      if (!storage || ahead) return memory;
      try {
        return JSON.parse(storage.getItem(key) ?? 'null') as unknown;
      } catch {
        return null;
      }
    },
    set(doc) {
      memory = doc;
      if (!storage) return false;
      try {
        if (doc) storage.setItem(key, JSON.stringify(doc));
        else storage.removeItem(key);
        ahead = false;
        return true;
      } catch {
        // Full: the copy in memory and the LRS still have their chance.
        ahead = true;
        return false;
      }
    },
  };
}

function isStateDocument(value: unknown): value is StateDocument {
  const v = value as Partial<StateDocument> | null;
  return !!v && typeof v === 'object' && v.v === 1 && typeof v.suspendData === 'string' && typeof v.savedAt === 'string';
}

/**
 * The learner's state in the LRS State resource, so a course resumes on another device. Every
 * save is kept on the device first (localStorage), then PUT to the LRS after a short
 * pause; a failed PUT is retried by the next save or flush. On launch the newer of the LRS copy
 * and an unsent local copy wins.
 *
 * @example
 * const state = new LearnerState(lrs, { activityId, agent, registration }, course, localStateCopy(localStorage, key), report);
 * const { snapshot } = await state.load();
 * state.save(ctx.encoded(encodeSnapshot)); // the session's encoded state, as SCORM writes it to suspend_data
 */
export class LearnerState {
  private latest: StateDocument | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<boolean> | null = null;
  private reported = false;
  /** The saved state could not be read because its decoder did not load: it is never overwritten in this session. */
  private keepStored = false;
  /** cmi5 flags to write with the next state. */
  cmi5: Cmi5RegistrationFlags | undefined;

  constructor(
    private readonly lrs: LrsClient,
    private readonly params: Omit<DocumentParams, 'stateId'>,
    private readonly course: ResolvedCourse,
    private readonly local: LocalStateCopy,
    private readonly onProblem: (problem: Omit<TrackerProblem, 'tracker'>) => void,
    private readonly options: {
      debounceMs?: number;
      now?: () => number;
      /**
       * At a launch with no copy of today's kind, the copy earlier versions kept when newer than `remote` (the LRS's),
       * moved into `local` (state/earlier-copy.ts, loaded on demand).
       */
      earlier?: (remote: Promise<unknown>, local: LocalStateCopy) => Promise<StateDocument | undefined>;
    } = {},
  ) {}

  private get docParams(): DocumentParams {
    return { ...this.params, stateId: STATE_ID };
  }

  /** Reads the state: the LRS copy or a newer unsent local one, decoded for this course. */
  async load(): Promise<{ snapshot: EngineSnapshot | null; cmi5: Cmi5RegistrationFlags | undefined; notices: Array<{ code: string; message: string }> }> {
    const notices: Array<{ code: string; message: string }> = [];
    const reading = this.lrs.getState(this.docParams);
    let local = this.local.get();
    // Read beside the LRS request, so an upgraded device's unsent state costs the launch no extra wait.
    const older = isStateDocument(local) ? undefined : this.options.earlier?.(reading.then((r) => r.ok && r.value), this.local).catch(() => undefined);
    const remote = await reading;
    let doc: StateDocument | null = null;
    if (remote.ok) doc = isStateDocument(remote.value) ? remote.value : null;
    else {
      const message = `The saved state could not be read from the LRS (${remote.kind === 'http' ? `HTTP ${remote.status}` : remote.kind}); the course starts from this device's copy if it has one.`;
      this.onProblem({ code: XAPI_ERROR.stateUnavailable, message, detail: remote.message });
      notices.push({ code: XAPI_ERROR.stateUnavailable, message });
    }
    local = (await older) ?? local;
    if (isStateDocument(local) && (!doc || local.savedAt > doc.savedAt)) {
      doc = local;
      // Not in the LRS yet: send it again.
      this.latest = local;
      this.dirty = true;
    }
    if (!doc) return { snapshot: null, cmi5: undefined, notices };
    this.cmi5 = doc.cmi5;
    // The codec is a chunk of its own: only a saved state waits for it.
    const decoded = await loadCodec().then(
      (codec) => codec.decodeSnapshot(this.course, doc.suspendData),
      (error: unknown) => {
        this.keepStored = true;
        return { ok: false as const, reason: 'corrupt' as const, message: `its decoder could not be loaded (${String(error)}), so it is kept as it is` };
      },
    );
    if (decoded.ok) return { snapshot: decoded.snapshot, cmi5: doc.cmi5, notices };
    const message = `The saved state could not be used (${decoded.reason}: ${decoded.message}); the learner starts afresh.`;
    this.onProblem({ code: XAPI_ERROR.stateUnreadable, message });
    notices.push({ code: XAPI_ERROR.stateUnreadable, message });
    return { snapshot: null, cmi5: doc.cmi5, notices };
  }

  /** Keeps this state (encoded by @coursekit/codec) locally at once and sends it to the LRS after a short pause. */
  save(suspendData: string): void {
    if (this.keepStored) return;
    const now = (this.options.now ?? Date.now)();
    const doc: StateDocument = { v: 1, suspendData, savedAt: new Date(now).toISOString() };
    if (this.cmi5) doc.cmi5 = this.cmi5;
    this.latest = doc;
    this.dirty = true;
    this.local.set(doc);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.debounceMs ?? 2000);
  }

  /** Sends the latest state now; true when the LRS has it. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.writing) await this.writing;
    if (!this.dirty || !this.latest) return true;
    const doc = this.cmi5 ? { ...this.latest, cmi5: this.cmi5 } : this.latest;
    this.dirty = false;
    this.writing = this.lrs.putState(this.docParams, doc).then(async (response) => {
      if (response.ok) {
        this.reported = false;
        // The LRS has it: the local copy is only needed while it does not.
        if (this.latest === doc || this.latest?.savedAt === doc.savedAt) this.local.set(null);
        return true;
      }
      this.dirty = true;
      if (!this.reported) {
        this.reported = true;
        this.onProblem({
          code: XAPI_ERROR.stateNotSaved,
          message: `The state could not be saved to the LRS (${response.kind === 'http' ? `HTTP ${response.status}` : response.kind}); it is kept on this device and sent again.`,
          detail: response.message,
        });
      }
      return false;
    });
    const ok = await this.writing;
    this.writing = null;
    return ok;
  }

  /** The page is going away: PUT the latest state with keepalive, without waiting. */
  flushWithKeepalive(): void {
    if (!this.dirty || !this.latest) return;
    const doc = this.cmi5 ? { ...this.latest, cmi5: this.cmi5 } : this.latest;
    void this.lrs.putState(this.docParams, doc, { keepalive: true });
  }
}
