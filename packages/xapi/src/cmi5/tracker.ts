import type { LaunchContext, LaunchData, TerminateReason, TrackerContext } from '@coursekit/engine';
import { LrsTrackerBase, type LrsTrackerOptions, emptyLaunchData } from '../connection';
import { LrsClient } from '../delivery/client';
import { XAPI_ERROR } from '../errors';
import { learnerOf } from '../launch/actor';
import { type Cmi5LaunchData, fetchAuthToken, loadCmi5LaunchData, parseCmi5Launch } from '../launch/cmi5';
import { lazyModule } from '../sender/lazy';
import type { SenderInit } from '../sender/sender';

/** The statement builder, cmi5 rules, queue and delivery: a chunk of their own, loaded once the launch is done. */
const senderModule = lazyModule(() => import('../sender/cmi5'));

/** A cmi5 AU's tracker options. */
export interface Cmi5TrackerOptions extends LrsTrackerOptions {
  /**
   * What to do with LMS.LaunchData's returnURL after terminate('exit') (cmi5 10.0: the AU MUST send
   * the window there): 'redirect' (default) navigates this window, 'none' leaves it to the host, or a function.
   */
  exit?: 'redirect' | 'none' | ((returnUrl: string) => void);
  /**
   * The learner's organisation unit (agency), sent as a context extension on every statement
   * (docs/tracking/xapi.md). Default: the launch URL's `organisation_unit`, when the LMS adds one
   * beside the five cmi5 parameters. An extension the LMS's context template sets wins.
   */
  organisationUnit?: string;
}

/** The launch URL's `organisation_unit`, if any. */
function organisationUnitIn(launchUrl: string): string | undefined {
  try {
    return new URL(launchUrl, 'http://localhost/').searchParams.get('organisation_unit')?.trim() || undefined;
  } catch {
    return undefined;
  }
}

const MODE = { Normal: 'normal', Browse: 'browse', Review: 'review' } as const;

/** The first of the learner's preferred languages the course has (exact tag, then primary subtag). */
function pickLanguage(preferred: readonly string[], available: readonly string[]): string | null {
  for (const tag of preferred) {
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const primary = available.find((a) => a.split('-')[0]!.toLowerCase() === tag.split('-')[0]!.toLowerCase());
    if (primary) return primary;
  }
  return null;
}

/**
 * A cmi5 Assignable Unit: reads the launch URL, POSTs once to the fetch URL for the session's
 * token, reads LMS.LaunchData and the learner's language preference, then sends the cmi5 defined
 * statements in the order the spec requires (initialized, completed/passed/failed as moveOn and
 * masteryScore need, terminated) and every other event as a cmi5 allowed statement, all through
 * the durable queue. Honours Browse and Review, and exits to the returnURL.
 *
 * @example
 * const started = await Session.start(course, { trackers: [new Cmi5Tracker()] }); // @coursekit/session
 * if (started.ok) player.engine = started.session.engine; // started.session.launch.mode: 'normal' | 'browse' | 'review'
 * exitButton.onclick = () => started.ok && started.session.end('exit'); // terminated, then the LMS's returnURL
 */
export class Cmi5Tracker extends LrsTrackerBase {
  readonly name = 'cmi5';
  private launchData: Cmi5LaunchData | null = null;

  constructor(protected override readonly options: Cmi5TrackerOptions = {}) {
    super(options);
  }

  /** LMS.LaunchData's returnURL, once launched. */
  get returnUrl(): string | null {
    return this.launchData?.returnURL ?? null;
  }

  async launch({ course }: LaunchContext): Promise<LaunchData> {
    const data = emptyLaunchData();
    const fail = (code: (typeof XAPI_ERROR)[keyof typeof XAPI_ERROR], message: string, detail?: string) => {
      this.report(code, message, detail);
      data.notices.push({ code, message });
      return data;
    };
    try {
      const parsed = parseCmi5Launch(this.launchUrl);
      if (!parsed) return fail(XAPI_ERROR.launchParameters, 'The page was not launched by a cmi5 LMS (no fetch parameter): nothing is tracked.');
      if (parsed.problems.length) return fail(XAPI_ERROR.launchParameters, `The cmi5 launch cannot be used: ${parsed.problems.map((p) => p.message).join('; ')}.`);
      const launch = parsed.value;
      const organisationUnit = this.options.organisationUnit ?? organisationUnitIn(this.launchUrl);
      data.learner = { ...learnerOf(launch.actor), unit: organisationUnit ?? null };
      // cmi5 8.2: one POST to the fetch URL; the token authorises every request of this session.
      const token = await fetchAuthToken(launch.fetch, this.options.fetch);
      if (!token.ok) return fail(XAPI_ERROR.fetchToken, 'The LMS gave no access token: nothing is tracked in this session.', token.message);
      const auth = `Basic ${token.token}`;
      const loaded = await loadCmi5LaunchData(new LrsClient({ endpoint: launch.endpoint, auth, fetch: this.options.fetch, credentials: this.options.credentials }), launch);
      if (!loaded.ok) return fail(XAPI_ERROR.launchData, `${loaded.message}: nothing is tracked in this session.`, loaded.detail);
      this.launchData = loaded.data;
      data.mode = MODE[loaded.data.launchMode];
      if (loaded.data.masteryScore !== undefined) data.passingScore = Math.round(loaded.data.masteryScore * 10_000) / 100;
      data.language = pickLanguage(loaded.languages, course.languages);
      const who = { actor: launch.actor, registration: launch.registration, courseActivityId: launch.activityId, organisationUnit };
      this.connect(course, { endpoint: launch.endpoint, auth, ...who });
      // Loads in parallel with the state's read and the course's first page; never waited for.
      void senderModule.get().catch(() => undefined);
      let flags;
      if (this.state) {
        const state = await this.state.load();
        data.snapshot = state.snapshot;
        data.notices.push(...state.notices);
        flags = state.cmi5;
        this.state.cmi5 = { completed: false, passed: false, ...flags };
      }
      // The sender opens the session with initialized (cmi5 9.3.2), timed at this launch.
      this.begin({ tracker: 'cmi5', who, cmi5: { launchData: loaded.data, flags } });
    } catch (error) {
      this.report(XAPI_ERROR.internal, `cmi5.launch failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return data;
  }

  protected override get saves(): boolean {
    // Browse and Review must not record completion-related data (cmi5 10.0, launchMode).
    return this.launchData?.launchMode === 'Normal';
  }

  protected async openSender(init: SenderInit) {
    const state = this.state;
    return (await senderModule.get()).openCmi5Sender(init, (flags) => {
      if (state) state.cmi5 = flags;
    });
  }

  override async terminate(reason: TerminateReason, ctx?: TrackerContext): Promise<void> {
    if (this.ended) return;
    await super.terminate(reason, ctx);
    const url = this.returnUrl;
    const exit = this.options.exit ?? 'redirect';
    // A page going away is not sent anywhere else.
    if (!url || exit === 'none' || reason === 'pagehide') return;
    try {
      if (typeof exit === 'function') exit(url);
      else if (typeof location !== 'undefined' && (typeof document === 'undefined' || document.visibilityState !== 'hidden')) location.assign(url);
    } catch (error) {
      this.report(XAPI_ERROR.internal, `cmi5 exit to ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
