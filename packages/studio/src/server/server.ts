import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STUDIO_CODES } from '../model/errors';
import { studioGuard } from './guard';
import { insideFolder, StudioPathError } from './files';
import { CourseEvents } from './events';
import { CONTENT_TYPES as MIME, readBody, readJson, send, sendJson } from './http';
import { isTargetId, TARGET_IDS, type TargetId } from '@coursekit/packager';
import { addAsset, listAssets } from './assets';
import { buildCourse } from './build';
import { saveChanges } from './save';
import { validateTexts } from './validate';
import type { FileChange } from '../model/types';
import { readWorkspace } from './workspace';

/** Options of {@link startStudio}. */
export interface StudioOptions {
  /** The course folder (it holds course.json). */
  folder: string;
  /**
   * 0 (the default) lets the system pick a free port. `'course'`: the course folder's own port
   * ({@link coursePort}), or the next of the nine after it that is free, or any free port; so a
   * course opens at the same address run after run and the browser finds its unsaved drafts again.
   */
  port?: number | 'course';
  /** Default 127.0.0.1: Studio is for this machine only. */
  host?: string;
}

/** A running Studio. */
export interface StudioServer {
  /** The address to open, with the per-run token: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  token: string;
  close(): Promise<void>;
}

/** A course folder Studio cannot open (CK964). */
export class StudioStartError extends Error {
  readonly code = STUDIO_CODES.cannotStart;
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = 'StudioStartError';
  }
}

const ENTRY = 'course.json';
/** The course ports: 20000–29999, below the range Linux hands out for outgoing connections. */
const COURSE_PORTS = { first: 20_000, count: 10_000 } as const;

/**
 * The port Studio prefers for a course folder: the same for the same folder (by its absolute
 * path), different for most others (FNV-1a hash into 20000–29999).
 *
 * @example coursePort('/home/sari/pelatihan-gratifikasi') // 2xxxx, the same every run
 */
export function coursePort(folder: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(path.resolve(folder))) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return COURSE_PORTS.first + (h % COURSE_PORTS.count);
}

/** Listens on `port`; with `'course'`, on the folder's port, one of the nine after it, or any free port. */
async function listen(server: Server, port: number | 'course', host: string, folder: string): Promise<void> {
  const tries = port === 'course' ? [...Array.from({ length: 10 }, (_, i) => COURSE_PORTS.first + ((coursePort(folder) - COURSE_PORTS.first + i) % COURSE_PORTS.count)), 0] : [port];
  for (const [i, p] of tries.entries()) {
    try {
      return await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(p, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || i === tries.length - 1) throw error;
    }
  }
}
/** The largest JSON body Studio reads: the texts of a whole course, with room to spare. */
const MAX_JSON_BODY = 32 * 1024 * 1024;
/** The largest asset Studio takes: a few minutes of video. */
const MAX_ASSET = 512 * 1024 * 1024;

/** The folder of the built app (dist/app), wherever this module runs from (dist/ or src/server/ in tests). */
function appDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, 'app'), path.join(here, '..', '..', 'dist', 'app')]) if (existsSync(candidate)) return candidate;
  return path.join(here, 'app');
}

/** The built player of @coursekit/components: coursekit.js and its chunks. */
function playerDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@coursekit/components/package.json')), 'dist');
}

const PAGE = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CourseKit Studio</title>
<script type="module" src="/app/index.js"></script>
</head>
<body></body>
</html>
`;

/**
 * Starts CourseKit Studio on a course folder: the app, its API (docs/architecture.md, "Studio") and
 * the course's files, for this machine's browser only (docs/security.md, "Studio").
 *
 * @example
 * const studio = await startStudio({ folder: 'examples/integrity-ranger' });
 * console.log(studio.url); // http://127.0.0.1:41234/?token=…
 * await studio.close();
 */
export async function startStudio(options: StudioOptions): Promise<StudioServer> {
  const folder = path.resolve(options.folder);
  if (!existsSync(path.join(folder, ENTRY))) {
    throw new StudioStartError(`${path.join(options.folder, ENTRY)} does not exist: Studio opens a course folder, the one that holds course.json`, 'start a course with "coursekit init <folder>", or name the folder that holds course.json');
  }
  const token = randomBytes(24).toString('base64url');
  const events = new CourseEvents(folder);
  let building = false;
  events.know((await readWorkspace(folder, ENTRY)).files);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      if (error instanceof StudioPathError) return sendJson(res, 403, { error: error.message });
      sendJson(res, 500, { error: (error as Error)?.message ?? String(error) });
    });
  });
  await listen(server, options.port ?? 0, host, folder);
  const port = (server.address() as AddressInfo).port;
  const guard = studioGuard(port, token);

  async function serveFile(res: ServerResponse, file: string, headers: Record<string, string> = {}): Promise<void> {
    let info;
    try {
      info = await stat(file);
    } catch {
      return send(res, 404, 'not found');
    }
    if (!info.isFile()) return send(res, 404, 'not found');
    send(res, 200, await readFile(file), MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream', headers);
  }

  /** A path under a URL prefix, decoded, with no empty, `.` or `..` segments and no hidden names. */
  function subPath(p: string, prefix: string): string | null {
    let rest: string;
    try {
      rest = decodeURIComponent(p.slice(prefix.length));
    } catch {
      return null;
    }
    const segments = rest.split('/');
    return segments.every((s) => s !== '' && !s.startsWith('.') && !s.includes('\\') && !s.includes('\0')) ? rest : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://studio');
    } catch {
      return send(res, 400, 'malformed request address');
    }
    const refusal = guard.check(req, url);
    if (refusal) return send(res, refusal.status, refusal.message);
    const p = url.pathname;
    const method = req.method ?? 'GET';
    if (p === '/' || p === '/index.html') return send(res, 200, PAGE, MIME['.html'], guard.hasQueryToken(url) ? { 'Set-Cookie': guard.cookie } : {});
    if (p === '/favicon.ico') return send(res, 204, '');
    if (method === 'GET' && p.startsWith('/app/')) {
      const rest = subPath(p, '/app/');
      if (rest === null || !/\.(js|css)$/.test(rest)) return send(res, 404, 'not found');
      return serveFile(res, path.join(appDir(), ...rest.split('/')));
    }
    if (method === 'GET' && p.startsWith('/player/')) {
      const rest = subPath(p, '/player/');
      if (rest === null || !rest.endsWith('.js')) return send(res, 404, 'not found');
      return serveFile(res, path.join(playerDir(), ...rest.split('/')));
    }
    if (method === 'GET' && p.startsWith('/course/')) {
      const rest = subPath(p, '/course/');
      if (rest === null) return send(res, 404, 'not found');
      // A course file is shown in a sandbox (an origin of its own): an HTML or SVG file of the
      // course cannot script Studio's pages or call its API with the cookie.
      return serveFile(res, insideFolder(folder, rest), { 'Content-Security-Policy': 'sandbox' });
    }
    if (p === '/api/workspace' && method === 'GET') {
      const snapshot = await readWorkspace(folder, ENTRY);
      events.know(snapshot.files);
      const schema = JSON.parse(await readFile(createRequire(import.meta.url).resolve('@coursekit/schema/course.schema.json'), 'utf8'));
      const entry = snapshot.files.find((f) => f.path === ENTRY);
      let languages: string[] = [];
      try {
        const course = JSON.parse(entry?.text ?? '{}');
        if (Array.isArray(course.languages)) languages = course.languages.filter((l: unknown) => typeof l === 'string');
      } catch {
        // A course file that is not JSON has no languages yet; validation says why.
      }
      return sendJson(res, 200, { ...snapshot, schema, languages, folder });
    }
    if (p === '/api/files' && method === 'PUT') {
      const body = await readJson<{ changes?: FileChange[] }>(req, res, MAX_JSON_BODY);
      if (body === null) return;
      if (!Array.isArray(body.changes) || body.changes.some((c) => typeof c?.path !== 'string' || typeof c.baseVersion !== 'string' || !('value' in c))) {
        return sendJson(res, 400, { error: 'the body must be { changes: [{ path, value, baseVersion }] }' });
      }
      const result = await saveChanges(folder, body.changes, (file) => events.know([file]));
      if (!result.ok) return sendJson(res, 409, { error: `${STUDIO_CODES.conflict} ${result.conflicts.map((c) => c.path).join(', ')} changed on disk since Studio read it; nothing was saved`, conflicts: result.conflicts });
      events.know(result.files);
      return sendJson(res, 200, { files: result.files });
    }
    if (p === '/api/events' && method === 'GET') return events.attach(res);
    if (p === '/api/validate' && method === 'POST') {
      const body = await readJson<{ files?: Array<{ path: string; text: string }> }>(req, res, MAX_JSON_BODY);
      if (body === null) return;
      if (!Array.isArray(body.files) || body.files.some((f) => typeof f?.path !== 'string' || typeof f.text !== 'string')) return sendJson(res, 400, { error: 'the body must be { files: [{ path, text }] }' });
      return sendJson(res, 200, { diagnostics: await validateTexts(folder, ENTRY, body.files) });
    }
    if (p === '/api/assets' && method === 'GET') return sendJson(res, 200, { assets: await listAssets(folder) });
    if (p === '/api/assets' && method === 'POST') {
      const name = url.searchParams.get('name');
      if (!name) return sendJson(res, 400, { error: 'name the file: POST /api/assets?name=<its file name>' });
      const bytes = await readBody(req, res, MAX_ASSET);
      if (bytes === null) return;
      return sendJson(res, 201, { path: await addAsset(folder, name, bytes) });
    }
    if (p === '/api/build' && method === 'POST') {
      const body = await readJson<{ targets?: string[] }>(req, res, MAX_JSON_BODY);
      if (body === null) return;
      const targets = Array.isArray(body.targets) ? body.targets : [];
      const unknown = targets.find((t) => !isTargetId(t));
      if (targets.length === 0 || unknown !== undefined) return sendJson(res, 400, { error: `${targets.length === 0 ? 'no target' : `unknown target "${String(unknown).slice(0, 50)}"`}: use ${TARGET_IDS.join(', ')}` });
      if (building) return sendJson(res, 409, { error: 'a build is running; wait for it to end' });
      building = true;
      res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      try {
        await buildCourse(folder, ENTRY, targets as TargetId[], (event) => res.write(JSON.stringify(event) + '\n'));
      } finally {
        building = false;
        res.end();
      }
      return;
    }
    return send(res, 404, 'not found');
  }

  return {
    url: `http://${host}:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
