import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A statement as the preview LRS keeps it. */
export type StoredStatement = Record<string, unknown> & { id: string; stored: string };

const XAPI_VERSION = '1.0.3';

async function body(req: IncomingMessage, limit = 5_000_000): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A tiny in-memory LRS for `coursekit preview` only (never for learners): the Statement, State,
 * Activity Profile and Agent Profile resources of xAPI 1.0.3, enough for the xAPI and cmi5 trackers,
 * and a listener for each stored statement so the panel can show it. No authentication: it listens
 * on the loopback interface and forgets everything when the preview stops.
 *
 * @example
 * const lrs = new PreviewLrs((s) => panel.push(s));
 * server.on('request', (req, res) => url.pathname.startsWith('/__coursekit/lrs/') && lrs.handle(req, res, rest));
 */
export class PreviewLrs {
  readonly statements: StoredStatement[] = [];
  private readonly documents = new Map<string, { contentType: string; body: string; updated: string }>();

  constructor(private readonly onStatement: (statement: StoredStatement) => void = () => {}) {}

  /** Writes a document as an LMS would (cmi5 LMS.LaunchData before a launch). */
  putDocument(resource: 'state' | 'activity-profile' | 'agent-profile', key: Record<string, string>, value: unknown): void {
    this.documents.set(this.docKey(resource, key), { contentType: 'application/json', body: JSON.stringify(value), updated: new Date().toISOString() });
  }

  private docKey(resource: string, params: Record<string, string | undefined>): string {
    const agent = params.agent ? JSON.stringify(JSON.parse(params.agent)) : '';
    return JSON.stringify([resource, params.activityId ?? '', agent, params.registration ?? '', params.stateId ?? params.profileId ?? '']);
  }

  private send(res: ServerResponse, status: number, payload?: unknown, headers: Record<string, string> = {}): void {
    const text = payload === undefined ? '' : typeof payload === 'string' ? payload : JSON.stringify(payload);
    res.writeHead(status, { 'X-Experience-API-Version': XAPI_VERSION, 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(text);
  }

  private store(raw: Record<string, unknown>): string {
    const id = typeof raw.id === 'string' ? raw.id : randomUUID();
    if (this.statements.some((s) => s.id === id)) return id;
    const stored: StoredStatement = { ...raw, id, stored: new Date().toISOString(), timestamp: raw.timestamp ?? new Date().toISOString(), version: XAPI_VERSION };
    this.statements.push(stored);
    this.onStatement(stored);
    return id;
  }

  /** Answers one request under the LRS's base path; `resource` is the path after it (`statements`, `activities/state` …). */
  async handle(req: IncomingMessage, res: ServerResponse, resource: string, query: URLSearchParams): Promise<void> {
    try {
      const method = req.method ?? 'GET';
      if (resource === 'about') return this.send(res, 200, { version: [XAPI_VERSION] });
      if (resource === 'statements') {
        if (method === 'POST' || method === 'PUT') {
          const parsed: unknown = JSON.parse(await body(req));
          const list = Array.isArray(parsed) ? parsed : [parsed];
          if (!list.every((s) => s !== null && typeof s === 'object')) return this.send(res, 400, { message: 'statements must be objects' });
          if (method === 'PUT') {
            const id = query.get('statementId');
            if (!id) return this.send(res, 400, { message: 'PUT needs statementId' });
            this.store({ ...(list[0] as object), id });
            return this.send(res, 204);
          }
          return this.send(res, 200, list.map((s) => this.store(s as Record<string, unknown>)));
        }
        const id = query.get('statementId');
        if (id) {
          const found = this.statements.find((s) => s.id === id);
          return found ? this.send(res, 200, found) : this.send(res, 404, { message: `no statement ${id}` });
        }
        const registration = query.get('registration');
        const verb = query.get('verb');
        const list = this.statements.filter((s) => (!registration || (s.context as { registration?: string } | undefined)?.registration === registration) && (!verb || (s.verb as { id?: string } | undefined)?.id === verb));
        return this.send(res, 200, { statements: list, more: '' });
      }
      const kind = resource === 'activities/state' ? 'state' : resource === 'activities/profile' ? 'activity-profile' : resource === 'agents/profile' ? 'agent-profile' : null;
      if (!kind) return this.send(res, 404, { message: `unknown resource ${resource}` });
      const params = Object.fromEntries(query.entries());
      const key = this.docKey(kind, params);
      const existing = this.documents.get(key);
      const etag = existing ? `"${createHash('sha1').update(existing.body).digest('hex')}"` : undefined;
      if (method === 'GET') {
        if (!params.stateId && !params.profileId) {
          const prefix = key.slice(0, key.lastIndexOf(','));
          const ids = [...this.documents.keys()].filter((k) => k.startsWith(prefix)).map((k) => JSON.parse(k)[4] as string);
          return this.send(res, 200, ids);
        }
        return existing ? this.send(res, 200, existing.body, { 'Content-Type': existing.contentType, ETag: etag!, 'Last-Modified': existing.updated }) : this.send(res, 404, { message: 'no such document' });
      }
      if (method === 'DELETE') {
        this.documents.delete(key);
        return this.send(res, 204);
      }
      const ifMatch = req.headers['if-match'];
      if (ifMatch && ifMatch !== '*' && ifMatch !== etag) return this.send(res, 412, { message: 'If-Match does not match' });
      if (req.headers['if-none-match'] === '*' && existing) return this.send(res, 412, { message: 'the document exists' });
      const text = await body(req);
      const contentType = req.headers['content-type'] ?? 'application/octet-stream';
      if (method === 'POST' && existing && contentType.startsWith('application/json')) {
        // xAPI Communication 2.3.2: POST to a JSON document merges the top-level properties.
        const merged = { ...(JSON.parse(existing.body) as object), ...(JSON.parse(text) as object) };
        this.documents.set(key, { contentType, body: JSON.stringify(merged), updated: new Date().toISOString() });
      } else {
        this.documents.set(key, { contentType, body: text, updated: new Date().toISOString() });
      }
      return this.send(res, 204);
    } catch (error) {
      return this.send(res, 400, { message: (error as Error).message });
    }
  }
}
