import { type IncomingMessage, type ServerResponse, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A seeded PRNG (mulberry32): the same seed gives the same faults in the same order. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chances (0..1) of each fault on a statements or state request; the rest pass through. */
export interface FaultPlan {
  seed: number;
  /** Answer 500 without forwarding. */
  error500?: number;
  /** Answer 429 with Retry-After without forwarding. */
  error429?: number;
  /** Hold the request, never answer, close the socket after `hangMs`. */
  hang?: number;
  /** Forward (the LRS stores the statements), then drop the answer: the client must not duplicate on retry. */
  dropAfterStore?: number;
  /** Wait `delayMs`, then forward and answer: a slow network, long enough to reload the page meanwhile. */
  delay?: number;
  delayMs?: number;
  retryAfterSeconds?: number;
  hangMs?: number;
  /** Inject at most this many faults, then let everything through. */
  limit?: number;
  /**
   * The first statement POSTs get these faults, one each and in order, before the random ones: a
   * test sees every kind whatever the timing of its requests (state PUTs draw from the same dice).
   */
  first?: ReadonlyArray<'error500' | 'error429' | 'hang' | 'dropAfterStore' | 'delay'>;
}

/** What the fixture saw. */
export interface FixtureStats {
  statementPosts: number;
  statementGets: number;
  statePuts: number;
  faults: { error500: number; error429: number; hang: number; dropAfterStore: number; delay: number };
  /** Statements per POST that reached the LRS. */
  postedBatchSizes: number[];
}

/** Files the fixture serves at paths of their own (the browser harness). */
export type StaticFiles = Record<string, { type: string; body: string | Buffer }>;

/** A running launch fixture in front of the LRS. */
export interface Fixture {
  origin: string;
  /** The xAPI endpoint through the fixture: origin + "/xapi/". */
  endpoint: string;
  stats: FixtureStats;
  setFaults(plan: FaultPlan | null): void;
  /** Emulate an LRS that answers 409 to a batch holding any id it already has. */
  setConflictOnExisting(on: boolean): void;
  /** A one-time cmi5 fetch URL that gives `token` (then cmi5 error-code 1). */
  fetchUrl(token: string): string;
  /** Puts a State document directly, as an LMS does with LMS.LaunchData. */
  putState(params: { activityId: string; agent: object; registration?: string; stateId: string }, value: unknown): void;
  getState(params: { activityId: string; agent: object; registration?: string; stateId: string }): unknown;
  putAgentProfile(agent: object, profileId: string, value: unknown): void;
  files: StaticFiles;
  /** Resolves once no request is being worked on (a delayed forward included), or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

function agentKey(agent: unknown): string {
  const a = (typeof agent === 'string' ? JSON.parse(agent) : agent) as { account?: { homePage: string; name: string }; mbox?: string; mbox_sha1sum?: string; openid?: string };
  return a.account ? `account:${a.account.homePage}|${a.account.name}` : (a.mbox ?? a.mbox_sha1sum ?? a.openid ?? '?');
}

function docKey(q: URLSearchParams | Record<string, string | undefined>, id: 'stateId' | 'profileId'): string {
  const get = (k: string) => (q instanceof URLSearchParams ? q.get(k) : q[k]) ?? '';
  return JSON.stringify([get('activityId'), agentKey(get('agent') || '{}'), get('registration'), get(id)]);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The test's launch fixture and fault proxy, on a loopback port from the OS:
 * - /xapi/statements is forwarded to the real LRS (Learning Locker), through seeded faults
 *   (500, 429 with Retry-After, hangs, answers dropped after the LRS stored the batch);
 * - /xapi/activities/state and /xapi/agents/profile are kept here (Learning Locker has no State
 *   API): LMS.LaunchData and the learner's state;
 * - /cmi5/fetch/<n> is a one-time cmi5 auth-token URL;
 * - other paths serve `files` (the browser harness).
 */
export async function startFixture(lrsEndpoint: string, files: StaticFiles = {}): Promise<Fixture> {
  const lrs = new URL(lrsEndpoint);
  let plan: FaultPlan | null = null;
  let random = seeded(1);
  let conflictOnExisting = false;
  const documents = new Map<string, { type: string; body: string }>();
  const profiles = new Map<string, string>();
  const tokens = new Map<string, string | null>();
  const sockets = new Set<Socket>();
  const stats: FixtureStats = { statementPosts: 0, statementGets: 0, statePuts: 0, faults: { error500: 0, error429: 0, hang: 0, dropAfterStore: 0, delay: 0 }, postedBatchSizes: [] };

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    // A cross-origin page reads Retry-After only when it is exposed (Fetch, CORS-safelisted response headers).
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, ETag, X-Experience-API-Version');
  };

  const forward = (req: Pick<IncomingMessage, 'method' | 'headers'>, body: Buffer, path: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = httpRequest(
        { host: lrs.hostname, port: lrs.port, method: req.method, path: lrs.pathname.replace(/\/$/, '') + path, headers: { ...req.headers, host: lrs.host, 'content-length': String(body.length) } },
        async (res) => {
          const chunks: Buffer[] = [];
          for await (const c of res) chunks.push(c as Buffer);
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string' && !['access-control-allow-origin', 'access-control-allow-credentials', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(k)) headers[k] = v;
          resolve({ status: res.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  let injected = 0;
  let firstUsed = 0;
  const fault = (): keyof FixtureStats['faults'] | null => {
    if (!plan || (plan.limit !== undefined && injected >= plan.limit)) return null;
    const r = random();
    let edge = 0;
    for (const kind of ['error500', 'error429', 'hang', 'dropAfterStore', 'delay'] as const) {
      edge += plan[kind] ?? 0;
      if (r < edge) {
        injected++;
        return kind;
      }
    }
    return null;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json', 'X-Experience-API-Version': '1.0.3', ...headers });
    res.end(text);
  };

  // Requests the fixture is still working on (a delayed one goes on after the browser gave up on it).
  let inFlight = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      cors(req, res);
      if (req.method === 'OPTIONS') return send(res, 204, '');
      const url = new URL(req.url ?? '/', 'http://fixture');
      const body = await readBody(req);
      if (url.pathname.startsWith('/cmi5/fetch/')) {
        const token = tokens.get(url.pathname);
        if (req.method !== 'POST') return send(res, 405, { 'error-code': '3', 'error-text': 'POST only (cmi5 8.2)' });
        if (token === undefined) return send(res, 200, { 'error-code': '2', 'error-text': 'Unknown fetch URL' });
        if (token === null) return send(res, 200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
        tokens.set(url.pathname, null);
        return send(res, 200, { 'auth-token': token });
      }
      if (url.pathname === '/xapi/activities/state') {
        const key = docKey(url.searchParams, 'stateId');
        const isLaunchData = url.searchParams.get('stateId') === 'LMS.LaunchData';
        if (req.method === 'GET') {
          const doc = documents.get(key);
          return doc ? send(res, 200, doc.body, { 'Content-Type': doc.type }) : send(res, 404, { message: 'No state' });
        }
        if (req.method === 'PUT' || req.method === 'POST') {
          if (isLaunchData) return send(res, 403, { message: 'cmi5 10.0: the AU MUST NOT modify LMS.LaunchData' });
          stats.statePuts++;
          const kind = fault();
          if (kind === 'error500' || kind === 'error429' || kind === 'hang') {
            stats.faults[kind]++;
            if (kind === 'hang') return setTimeout(() => req.socket.destroy(), plan?.hangMs ?? 5000);
            return send(res, kind === 'error500' ? 500 : 429, { message: 'injected' }, kind === 'error429' ? { 'Retry-After': String(plan?.retryAfterSeconds ?? 1) } : {});
          }
          documents.set(key, { type: req.headers['content-type'] ?? 'application/octet-stream', body: body.toString() });
          return send(res, 204, '');
        }
      }
      if (url.pathname === '/xapi/agents/profile') {
        const value = profiles.get(JSON.stringify([agentKey(url.searchParams.get('agent') ?? '{}'), url.searchParams.get('profileId')]));
        return value === undefined ? send(res, 404, { message: 'No profile' }) : send(res, 200, value, { 'Content-Type': 'application/json' });
      }
      if (url.pathname.startsWith('/xapi/')) {
        const isStatements = url.pathname === '/xapi/statements';
        if (isStatements && req.method === 'POST') stats.statementPosts++;
        if (isStatements && req.method === 'GET') stats.statementGets++;
        const forced = isStatements && req.method === 'POST' ? plan?.first?.[firstUsed] : undefined;
        if (forced) firstUsed++;
        const kind = forced ?? (isStatements ? fault() : null);
        if (kind) stats.faults[kind]++;
        if (kind === 'error500') return send(res, 500, { message: 'injected server error' });
        if (kind === 'error429') return send(res, 429, { message: 'injected: too many requests' }, { 'Retry-After': String(plan?.retryAfterSeconds ?? 1) });
        if (kind === 'hang') return setTimeout(() => req.socket.destroy(), plan?.hangMs ?? 5000);
        if (kind === 'delay') await new Promise((r) => setTimeout(r, plan?.delayMs ?? 2000));
        const path = url.pathname.replace(/^\/xapi/, '') + url.search;
        if (isStatements && req.method === 'POST' && conflictOnExisting) {
          const batch = JSON.parse(body.toString()) as Array<{ id: string }>;
          for (const s of Array.isArray(batch) ? batch : [batch]) {
            const found = await forward({ method: 'GET', headers: { authorization: req.headers.authorization, 'x-experience-api-version': '1.0.3' } }, Buffer.alloc(0), `/statements?statementId=${s.id}`);
            if (found.status === 200) return send(res, 409, { message: `Statement ${s.id} already exists` });
          }
        }
        const answer = await forward(req, body, path);
        if (isStatements && req.method === 'POST' && answer.status === 200) {
          const parsed = JSON.parse(body.toString()) as unknown;
          stats.postedBatchSizes.push(Array.isArray(parsed) ? parsed.length : 1);
        }
        if (kind === 'dropAfterStore') return req.socket.destroy();
        res.writeHead(answer.status, answer.headers);
        return res.end(answer.body);
      }
      const file = files[url.pathname];
      if (file) {
        res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' });
        return res.end(file.body);
      }
      send(res, 404, { message: `nothing at ${url.pathname}` });
    } catch (error) {
      if (!res.headersSent) send(res, 502, { message: String(error) });
      else res.destroy();
    }
  };
  const server = createServer((req, res) => {
    inFlight++;
    void handle(req, res).finally(() => inFlight--);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let fetchCount = 0;
  return {
    origin,
    endpoint: `${origin}/xapi/`,
    stats,
    files,
    setFaults(next) {
      plan = next;
      injected = 0;
      firstUsed = 0;
      random = seeded(next?.seed ?? 1);
    },
    async idle(timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      return inFlight === 0;
    },
    setConflictOnExisting(on) {
      conflictOnExisting = on;
    },
    fetchUrl(token) {
      const path = `/cmi5/fetch/${++fetchCount}`;
      tokens.set(path, token);
      return origin + path;
    },
    putState(params, value) {
      documents.set(docKey({ ...params, agent: JSON.stringify(params.agent) }, 'stateId'), { type: 'application/json', body: JSON.stringify(value) });
    },
    getState(params) {
      const doc = documents.get(docKey({ ...params, agent: JSON.stringify(params.agent) }, 'stateId'));
      return doc ? JSON.parse(doc.body) : undefined;
    },
    putAgentProfile(agent, profileId, value) {
      profiles.set(JSON.stringify([agentKey(agent), profileId]), JSON.stringify(value));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
