import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isTargetId, TARGET_IDS, TARGETS, type TargetId } from '@coursekit/packager';
import { CONTENT_TYPES as MIME } from '@coursekit/studio';
import type { PackageSource, ServedFile } from './content';
import { harnessClient } from './harness-client';
import { previewGuard } from './guard';
import { harnessPage } from './harness-page';
import { PreviewLrs } from './lrs';

/** Options of startPreview. */
export interface PreviewOptions {
  source: PackageSource;
  /** The target the page opens with; the panel can switch. Default scorm12. */
  target?: TargetId;
  /** 0 lets the OS pick. Default 4173, or a free port when 4173 is taken. */
  port?: number;
  /** Default 127.0.0.1: the preview is for this machine only. */
  host?: string;
  /** A folder to watch: a change reloads the course frame (and the panel shows new problems). */
  watchDir?: string;
}

/** A running preview. */
export interface Preview {
  /** The address to open, with the per-run token: `http://127.0.0.1:4173/?token=…`. */
  url: string;
  /** The token every request carries (in the URL, or in the cookie the first request sets). */
  token: string;
  port: number;
  server: Server;
  lrs: PreviewLrs;
  close(): Promise<void>;
}

/**
 * The preview server: the harness page (LMS panel), the course frame's files for each target, the
 * LMS side (scorm-again from node_modules; an in-memory LRS and cmi5 fetch endpoint for xAPI and
 * cmi5), and live reload over server-sent events when the course folder changes.
 *
 * @example
 * const preview = await startPreview({ source: liveSource('course.json'), target: 'scorm2004-4', port: 0, watchDir: '.' });
 * console.log(preview.url); // http://127.0.0.1:41234/?token=…
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { source } = options;
  const defaultTarget = options.target ?? 'scorm12';
  const clients = new Set<ServerResponse>();
  const broadcast = (event: string, data: unknown) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  let lrs = new PreviewLrs((s) => broadcast('statement', s));
  const tokens = new Map<string, boolean>();
  const require = createRequire(import.meta.url);
  // scorm-again's main file is dist/scorm-again.js; its per-version builds sit beside it.
  const scormAgain = (name: string) => path.join(path.dirname(require.resolve('scorm-again')), name);
  const origin = () => `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;

  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
    res.end(body);
  };
  const targetOf = (query: URLSearchParams): TargetId => {
    const t = query.get('target');
    return t && isTargetId(t) ? t : defaultTarget;
  };

  async function config(target: TargetId) {
    const { course } = await source.course();
    const kind = target === 'scorm12' ? 'scorm12' : target.startsWith('scorm2004') ? 'scorm2004' : target;
    const title = course ? (typeof course.title === 'string' ? course.title : (course.title[course.defaultLanguage] ?? Object.values(course.title)[0] ?? course.id)) : null;
    return {
      target,
      kind,
      targets: TARGET_IDS.map((id) => ({ id, label: TARGETS[id].label })),
      passingScore: course?.mastery?.passingScore ?? null,
      courseId: course?.id ?? null,
      title,
    };
  }

  // What an LMS does before a cmi5 or TinCan launch (cmi5 8.1, the TinCan launch convention): for
  // cmi5, LMS.LaunchData in the State resource and a one-time fetch URL for the auth token.
  async function prepareLaunch(target: TargetId, registration: string) {
    const { course } = await source.course();
    const reg = /^[0-9a-f-]{36}$/i.test(registration) ? registration : randomUUID();
    const actor = { objectType: 'Agent', name: 'Author, Preview', account: { homePage: origin(), name: 'preview-author' } };
    const endpoint = `${origin()}/__coursekit/lrs/`;
    const base = (course?.tracking?.activityId?.trim() || `urn:coursekit:${course?.id ?? 'course'}`).replace(/\/+$/, '');
    const url = `/course/${target}/index.html`;
    if (target === 'cmi5') {
      const activityId = `${base}/au`;
      const passing = course?.mastery?.passingScore;
      lrs.putDocument('state', { activityId, agent: JSON.stringify(actor), registration: reg, stateId: 'LMS.LaunchData' }, {
        contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: activityId }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() } },
        launchMode: 'Normal',
        moveOn: passing === undefined ? 'Completed' : 'CompletedAndPassed',
        ...(passing === undefined ? {} : { masteryScore: passing / 100 }),
      });
      const token = randomUUID();
      tokens.set(token, false);
      const query = new URLSearchParams({ endpoint, fetch: `${origin()}/__coursekit/cmi5/fetch/${token}`, actor: JSON.stringify(actor), registration: reg, activityId });
      return { url: `${url}?${query}`, registration: reg };
    }
    const query = new URLSearchParams({ endpoint, auth: 'Basic cHJldmlldzpwcmV2aWV3', actor: JSON.stringify(actor), registration: reg, activity_id: base });
    return { url: `${url}?${query}`, registration: reg };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://preview');
    } catch {
      return send(res, 400, 'malformed request address');
    }
    const refusal = guard.check(req, url);
    if (refusal) return send(res, refusal.status, refusal.message);
    const p = url.pathname;
    if (p === '/' || p === '/index.html') return send(res, 200, harnessPage(), MIME['.html'], guard.hasQueryToken(url) ? { 'Set-Cookie': guard.cookie } : {});
    if (p === '/favicon.ico') return send(res, 204, '');
    // The client is a function of this module, served as its source. Transpilers that keep function
    // names wrap them in an `__name` helper, which the page must then have.
    if (p === '/__coursekit/harness.js') return send(res, 200, `var __name = (target) => target;\n(${harnessClient.toString()})();\n`, MIME['.js']);
    if (p === '/__coursekit/config') return send(res, 200, JSON.stringify(await config(targetOf(url.searchParams))), MIME['.json']);
    if (p === '/__coursekit/statements') return send(res, 200, JSON.stringify(lrs.statements), MIME['.json']);
    if (p === '/__coursekit/scorm-again/scorm12.min.js' || p === '/__coursekit/scorm-again/scorm2004.min.js') return send(res, 200, await readFile(scormAgain(path.basename(p))), MIME['.js']);
    if (p === '/__coursekit/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': coursekit preview\n\n');
      clients.add(res);
      const { problems } = await source.course();
      res.write(`event: problems\ndata: ${JSON.stringify(problems)}\n\n`);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (p === '/__coursekit/launch' && req.method === 'POST') return send(res, 200, JSON.stringify(await prepareLaunch(targetOf(url.searchParams), url.searchParams.get('registration') ?? '')), MIME['.json']);
    if (p === '/__coursekit/reset' && req.method === 'POST') {
      lrs = new PreviewLrs((s) => broadcast('statement', s));
      return send(res, 204, '');
    }
    if (p.startsWith('/__coursekit/cmi5/fetch/') && req.method === 'POST') {
      const token = p.slice('/__coursekit/cmi5/fetch/'.length);
      // cmi5 8.2.3: the fetch URL gives the token once; a second request gets error-code 1.
      if (tokens.get(token) !== false) return send(res, 200, JSON.stringify({ 'error-code': '1', 'error-text': 'This fetch URL was already used' }), MIME['.json']);
      tokens.set(token, true);
      return send(res, 200, JSON.stringify({ 'auth-token': Buffer.from('preview:preview').toString('base64') }), MIME['.json']);
    }
    if (p.startsWith('/__coursekit/lrs/')) return lrs.handle(req, res, p.slice('/__coursekit/lrs/'.length).replace(/\/$/, ''), url.searchParams);
    const course = /^\/course\/([a-z0-9-]+)\/(.*)$/.exec(p);
    if (course && isTargetId(course[1]!)) {
      let packagePath: string;
      try {
        packagePath = decodeURIComponent(course[2] || 'index.html');
      } catch {
        return send(res, 400, `malformed percent-encoding in ${p.slice(0, 200)}`);
      }
      if (packagePath.split('/').some((s) => s === '..' || s === '')) return send(res, 404, 'not found');
      const file = await source.file(course[1], packagePath);
      if (!file) return send(res, 404, `${packagePath} is not in the package`);
      const type = MIME[path.extname(file.name).toLowerCase()] ?? 'application/octet-stream';
      return range(req, res, file, type);
    }
    return send(res, 404, 'not found');
  }

  // Media elements seek with Range requests; answer them so audio and video behave as on a server.
  // Files on disk are streamed, never read whole: a 2 GB video costs no more memory than a picture.
  function range(req: IncomingMessage, res: ServerResponse, file: ServedFile, type: string): void {
    const data = 'body' in file ? (typeof file.body === 'string' ? Buffer.from(file.body) : file.body) : null;
    const size = data ? data.length : (file as Extract<ServedFile, { path: string }>).size;
    /** Bytes start..end (inclusive): from memory, or streamed from disk. */
    const reply = (status: number, start: number, end: number, extra: Record<string, string>) => {
      if (data) return send(res, status, data.subarray(start, end + 1), type, { 'Accept-Ranges': 'bytes', ...extra });
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(size === 0 ? 0 : end - start + 1), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Accept-Ranges': 'bytes', ...extra });
      if (req.method === 'HEAD' || size === 0) return void res.end();
      const input = createReadStream((file as Extract<ServedFile, { path: string }>).path, { start, end });
      input.on('error', () => res.destroy());
      input.pipe(res);
    };
    const match = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (!match || (match[1] === '' && match[2] === '')) return reply(200, 0, size - 1, {});
    let start = match[1] === '' ? size - Number(match[2]) : Number(match[1]);
    let end = match[1] !== '' && match[2] !== '' ? Number(match[2]) : size - 1;
    start = Math.max(0, start);
    end = Math.min(end, size - 1);
    if (start > end) return send(res, 416, '', type, { 'Content-Range': `bytes */${size}` });
    return reply(206, start, end, { 'Content-Range': `bytes ${start}-${end}/${size}` });
  }

  // A new token each run: an address printed by an earlier run no longer opens this one.
  const token = randomBytes(18).toString('base64url');
  let guard!: ReturnType<typeof previewGuard>;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `preview error: ${(error as Error).message}`);
      else res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  const listen = (at: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const wanted = options.port ?? 4173;
  try {
    await listen(wanted);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port !== undefined) throw error;
    await listen(0);
  }
  const port = (server.address() as AddressInfo).port;
  guard = previewGuard(port, token);

  let watcher: FSWatcher | null = null;
  if (options.watchDir) {
    let timer: ReturnType<typeof setTimeout> | null = null;
    watcher = watch(options.watchDir, { recursive: true }, (_event, name) => {
      const file = String(name ?? '');
      if (/^(\.|node_modules|dist)(\/|\\|$)/.test(file) || file.endsWith('.zip') || file.includes(`${path.sep}.`)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        source.invalidate();
        void source.course().then(({ problems }) => {
          broadcast('problems', problems);
          broadcast('reload', { file });
        });
      }, 150);
    });
  }

  return {
    url: `http://${host}:${port}/?token=${token}`,
    token,
    port,
    server,
    get lrs() {
      return lrs;
    },
    close: () =>
      new Promise<void>((resolve) => {
        watcher?.close();
        for (const c of clients) c.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
