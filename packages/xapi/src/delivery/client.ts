import type { Agent, Statement } from '../statements/types';
import { retryAfterMs } from './backoff';

/**
 * How to authorise requests to the LRS:
 * - a string: the Authorization header value ("Basic …", from a cmi5 token or a TinCan launch);
 * - a function: the host page supplies it when needed (and again after a 401), so no secret is in the package;
 * - null: no header, for a same-origin proxy that adds credentials on the server side.
 */
export type LrsAuth = string | (() => string | null | Promise<string | null>) | null;

/** Where and how to reach an LRS. */
export interface LrsConfig {
  /** The xAPI base endpoint, e.g. "https://lrs.example.go.id/xapi/". */
  endpoint: string;
  auth?: LrsAuth;
  /** Cookies for a same-origin proxy: "same-origin" (default) or "include". */
  credentials?: RequestCredentials;
  /** Abort a request that has not answered after this long. Default 30 s. */
  timeoutMs?: number;
  /** Defaults to globalThis.fetch. */
  fetch?: typeof fetch;
}

/** What came back from the LRS, or why nothing did. */
export type LrsResponse =
  | { ok: true; status: number; body: unknown; headers: Headers }
  | { ok: false; kind: 'network' | 'timeout'; message: string }
  | { ok: false; kind: 'http'; status: number; message: string; retryAfterMs?: number; headers: Headers };

/** The xAPI version CourseKit speaks (xAPI 1.0.3 Communication 3.3). */
export const XAPI_VERSION = '1.0.3';

/** The query string of the State and Agent Profile resources (xAPI Communication 2.3, 2.6). */
export interface DocumentParams {
  activityId?: string;
  agent: Agent;
  registration?: string;
  stateId?: string;
  profileId?: string;
}

/**
 * A small fetch-based xAPI client: statements (POST of an array, GET by id), the State resource
 * and the Agent Profile resource. Never throws: every outcome is an `LrsResponse`.
 *
 * @example
 * const lrs = new LrsClient({ endpoint: 'https://lrs.example.go.id/xapi/', auth: () => host.token() });
 * const response = await lrs.postStatements([statement]);
 * if (response.ok) console.log(response.body); // ['6fbd600f-…']
 */
export class LrsClient {
  readonly endpoint: string;
  /** The last Authorization value used: pagehide sends with it, since it cannot wait for the host. */
  private cachedAuth: string | null = null;
  /** Requests made, by kind: what the benchmark counts. */
  readonly counts = { statements: 0, documents: 0 };

  constructor(private readonly config: LrsConfig) {
    this.endpoint = config.endpoint.endsWith('/') ? config.endpoint : `${config.endpoint}/`;
    if (typeof config.auth === 'string') this.cachedAuth = config.auth;
  }

  private async authorization(refresh: boolean): Promise<string | null> {
    const auth = this.config.auth;
    if (typeof auth === 'function') {
      if (refresh || this.cachedAuth === null) this.cachedAuth = (await auth()) ?? null;
      return this.cachedAuth;
    }
    return auth ?? null;
  }

  private headers(auth: string | null, contentType?: string): Record<string, string> {
    const h: Record<string, string> = { 'X-Experience-API-Version': XAPI_VERSION };
    if (contentType) h['Content-Type'] = contentType;
    if (auth) h.Authorization = auth;
    return h;
  }

  private url(resource: string, params: Record<string, string | undefined> = {}): string {
    const query = Object.entries(params)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
    return `${this.endpoint}${resource}${query ? `?${query}` : ''}`;
  }

  /** One request; on a 401 with an auth callback, asks the host once more and retries. */
  async request(method: string, url: string, init: { body?: string; contentType?: string; keepalive?: boolean } = {}): Promise<LrsResponse> {
    const doFetch = this.config.fetch ?? globalThis.fetch.bind(globalThis);
    for (let attempt = 0; attempt < 2; attempt++) {
      let auth: string | null;
      try {
        auth = init.keepalive ? this.cachedAuth : await this.authorization(attempt > 0);
      } catch (error) {
        return { ok: false, kind: 'network', message: `the auth callback failed: ${error instanceof Error ? error.message : String(error)}` };
      }
      const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
      const timeoutMs = this.config.timeoutMs ?? 30_000;
      let timedOut = false;
      const timer = controller
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
      try {
        const response = await doFetch(url, {
          method,
          headers: this.headers(auth, init.contentType),
          body: init.body,
          credentials: this.config.credentials ?? 'same-origin',
          keepalive: init.keepalive === true,
          signal: controller?.signal,
          cache: 'no-store',
        });
        const text = await response.text();
        let body: unknown = text;
        if (text && (response.headers.get('content-type') ?? '').includes('json')) {
          try {
            body = JSON.parse(text);
          } catch {
            // Keep the text: it is still the LRS's words.
          }
        }
        if (response.ok) return { ok: true, status: response.status, body, headers: response.headers };
        if (response.status === 401 && attempt === 0 && typeof this.config.auth === 'function' && !init.keepalive) continue;
        return {
          ok: false,
          kind: 'http',
          status: response.status,
          message: lrsMessage(body) || response.statusText || `HTTP ${response.status}`,
          retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
          headers: response.headers,
        };
      } catch (error) {
        if (timedOut) return { ok: false, kind: 'timeout', message: `no answer within ${timeoutMs} ms` };
        return { ok: false, kind: 'network', message: error instanceof Error ? error.message : String(error) };
      } finally {
        if (timer !== undefined) clearTimeout(timer);
      }
    }
    return { ok: false, kind: 'network', message: 'unreachable' };
  }

  /** POST statements (xAPI Communication 2.1.2): the LRS answers with their ids. */
  postStatements(statements: readonly Statement[], options: { keepalive?: boolean; body?: string } = {}): Promise<LrsResponse> {
    this.counts.statements++;
    return this.request('POST', this.url('statements'), { body: options.body ?? JSON.stringify(statements), contentType: 'application/json', keepalive: options.keepalive });
  }

  /** Whether the LRS has a statement with this id: 'found', 'missing', or the failed response. */
  async hasStatement(id: string): Promise<'found' | 'missing' | LrsResponse> {
    this.counts.statements++;
    const response = await this.request('GET', this.url('statements', { statementId: id }));
    if (response.ok) return 'found';
    if (response.kind === 'http' && response.status === 404) return 'missing';
    return response;
  }

  private documentQuery(params: DocumentParams): Record<string, string | undefined> {
    return { activityId: params.activityId, agent: JSON.stringify(params.agent), registration: params.registration, stateId: params.stateId, profileId: params.profileId };
  }

  /** GET a State document (xAPI Communication 2.3): its body, null when there is none (404), or the failure. */
  async getState(params: DocumentParams): Promise<{ ok: true; value: unknown } | Extract<LrsResponse, { ok: false }>> {
    this.counts.documents++;
    const response = await this.request('GET', this.url('activities/state', this.documentQuery(params)));
    if (response.ok) return { ok: true, value: response.body === '' ? null : response.body };
    if (response.kind === 'http' && response.status === 404) return { ok: true, value: null };
    return response;
  }

  /** PUT a State document as JSON. */
  putState(params: DocumentParams, value: unknown, options: { keepalive?: boolean } = {}): Promise<LrsResponse> {
    this.counts.documents++;
    return this.request('PUT', this.url('activities/state', this.documentQuery(params)), { body: JSON.stringify(value), contentType: 'application/json', keepalive: options.keepalive });
  }

  /** GET an Agent Profile document (xAPI Communication 2.6): its body, null when there is none, or the failure. */
  async getAgentProfile(params: DocumentParams): Promise<{ ok: true; value: unknown } | Extract<LrsResponse, { ok: false }>> {
    this.counts.documents++;
    const response = await this.request('GET', this.url('agents/profile', { agent: JSON.stringify(params.agent), profileId: params.profileId }));
    if (response.ok) return { ok: true, value: response.body === '' ? null : response.body };
    if (response.kind === 'http' && response.status === 404) return { ok: true, value: null };
    return response;
  }
}

/** The LRS's own words from an error body: Learning Locker's message or warnings, or the text. */
export function lrsMessage(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 500);
  if (body && typeof body === 'object') {
    const b = body as { message?: unknown; warnings?: unknown; error?: unknown };
    const parts: string[] = [];
    if (typeof b.message === 'string') parts.push(b.message);
    if (Array.isArray(b.warnings)) parts.push(...b.warnings.filter((w): w is string => typeof w === 'string'));
    if (typeof b.error === 'string') parts.push(b.error);
    return parts.join('; ').slice(0, 500);
  }
  return '';
}
