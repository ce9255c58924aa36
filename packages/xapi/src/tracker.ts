import type { LaunchContext, LaunchData } from '@coursekit/engine';
import { type Connection, LrsTrackerBase, type LrsTrackerOptions, emptyLaunchData } from './connection';
import type { LrsAuth } from './delivery/client';
import { XAPI_ERROR } from './errors';
import { learnerOf } from './launch/actor';
import { parseTinCanLaunch } from './launch/tincan';
import { lazyModule } from './sender/lazy';
import type { SenderInit } from './sender/sender';
import type { Agent } from './statements/types';
import { isUuid } from './statements/uuid';

/** The statement builder, queue and delivery: a chunk of their own, loaded once the launch is done. */
const senderModule = lazyModule(() => import('./sender/sender'));

/** An xAPI tracker: explicit configuration for a page that embeds a course, or the TinCan launch parameters. */
export interface XapiTrackerOptions extends LrsTrackerOptions {
  /** The LRS endpoint. Without it, the launch URL's `endpoint` parameter is used. */
  endpoint?: string;
  /**
   * How requests are authorised: a function the host page provides (called again after a 401),
   * null for a same-origin proxy that adds credentials itself, or a per-launch header value.
   * Never put a long-lived LRS secret in a course package.
   */
  auth?: LrsAuth;
  actor?: Agent;
  registration?: string;
  /** The course activity's id; default the launch's activity_id, else the course base IRI. */
  activityId?: string;
  /** The learner's organisation unit (agency); default the launch's `organisation_unit`. */
  organisationUnit?: string;
}

/**
 * Sends a course's learning events to an LRS as xAPI statements, keeps the learner's state in
 * the State resource and survives bad networks (durable queue, batches, backoff, keepalive).
 * Configured explicitly (a page embedding a course) or from xAPI/TinCan launch parameters
 * (endpoint, auth, actor, registration, activity_id) as LMSs pass them.
 *
 * @example
 * // Embedded: the host page supplies a short-lived token; no secret in the package.
 * const tracker = new XapiTracker({
 *   endpoint: 'https://lrs.example.go.id/xapi/',
 *   auth: async () => `Bearer ${await fetch('/lrs-token').then((r) => r.text())}`,
 *   actor: { account: { homePage: 'https://sso.example.go.id', name: 'ASN-1987' }, name: 'Ana Wijaya' },
 * });
 * const started = await Session.start(course, { trackers: [tracker] }); // @coursekit/session
 * // or on a plain page: scenarioElement.trackers = [tracker];
 */
export class XapiTracker extends LrsTrackerBase {
  readonly name = 'xapi';

  constructor(protected override readonly options: XapiTrackerOptions = {}) {
    super(options);
  }

  private connection(data: LaunchData): Connection | null {
    const o = this.options;
    const launch = o.endpoint ? null : parseTinCanLaunch(this.launchUrl);
    for (const p of launch?.problems ?? []) this.report(XAPI_ERROR.launchParameters, p.message);
    const endpoint = o.endpoint ?? launch?.value.endpoint;
    if (!endpoint) {
      const message = 'No LRS endpoint was configured or passed in the launch URL: xAPI statements are not sent.';
      this.report(XAPI_ERROR.noEndpoint, message);
      data.notices.push({ code: XAPI_ERROR.noEndpoint, message });
      return null;
    }
    const actor = o.actor ?? launch?.value.actor;
    if (!actor) {
      const message = 'No learner (actor) was configured or passed in the launch URL: xAPI statements are not sent.';
      this.report(XAPI_ERROR.launchParameters, message);
      data.notices.push({ code: XAPI_ERROR.launchParameters, message });
      return null;
    }
    const registration = o.registration ?? launch?.value.registration ?? undefined;
    if (registration && !isUuid(registration)) this.report(XAPI_ERROR.launchParameters, `registration "${registration}" is not a UUID; statements are sent without one`);
    return {
      endpoint,
      auth: o.auth !== undefined ? o.auth : (launch?.value.auth ?? null),
      actor,
      registration: registration && isUuid(registration) ? registration : undefined,
      courseActivityId: o.activityId ?? launch?.value.activityId ?? undefined,
      organisationUnit: o.organisationUnit ?? launch?.value.organisationUnit ?? undefined,
    };
  }

  async launch({ course }: LaunchContext): Promise<LaunchData> {
    const data = emptyLaunchData();
    try {
      const connection = this.connection(data);
      if (!connection) return data;
      this.connect(course, connection);
      // Loads in parallel with the state's read and the course's first page; never waited for.
      void senderModule.get().catch(() => undefined);
      data.learner = { ...learnerOf(connection.actor), unit: connection.organisationUnit ?? null };
      if (this.state) {
        const loaded = await this.state.load();
        data.snapshot = loaded.snapshot;
        data.notices.push(...loaded.notices);
      }
      const { actor, registration, courseActivityId, organisationUnit } = connection;
      this.begin({ tracker: 'xapi', who: { actor, registration, courseActivityId, organisationUnit } });
    } catch (error) {
      this.report(XAPI_ERROR.internal, `xapi.launch failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return data;
  }

  protected async openSender(init: SenderInit) {
    return (await senderModule.get()).openXapiSender(init);
  }
}
