import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, unzip } from '../examples/browser';

/** A SCORM data model, flattened: { "cmi.core.lesson_status": "passed", … }. */
export type Cmi = Record<string, string>;

/** One Commit or Finish the server received. */
export interface Received {
  kind: 'commit' | 'finish';
  /** Milliseconds since the server started. */
  at: number;
  cmi: Cmi;
  /** Size of the request body in bytes. */
  bytes: number;
}

/** What the launch page reports about the API calls the course made (see page/lms.js). */
export interface Trace {
  seq: number;
  call: 'init' | 'commit' | 'finish' | 'set';
  result?: string;
  refused?: string;
  element?: string;
  value?: string;
  error?: string;
}

type Version = '1.2' | '2004';

interface Learner {
  version: Version;
  enrolment: Cmi;
  stored: Cmi | null;
  received: Received[];
  traces: Trace[];
  delay: number;
}

/** A strict LMS: see the top of page/lms.js and docs/tracking/scorm.md ("A strict LMS"). */
export interface StrictLms {
  /** The launch page for a learner (enrolled first with `enrol`) and a course served with `addPackage`. */
  launchUrl(learner: string, course: string): string;
  /** Serves a built package's files under /course/<name>/. */
  addPackage(name: string, zip: Uint8Array): Promise<void>;
  /** Enrols a learner: the values the LMS gives the first launch (student id and name, mastery score…). */
  enrol(learner: string, version: Version, enrolment: Cmi): void;
  /** The data model as last committed (Commit or Finish), or null when nothing was. */
  stored(learner: string): Cmi | null;
  /** Every Commit and Finish the server received, in order. */
  received(learner: string): Received[];
  /** The calls the launch pages reported (refused sends, rejected values), in order of arrival. */
  traces(learner: string): Trace[];
  /** What the next launch starts from (see `nextLaunch`). */
  launchData(learner: string): Cmi;
  /** Holds the reply to the learner's every Commit and Finish for `ms` (stored at once, as received). */
  slowReplies(learner: string, ms: number): void;
  /** Milliseconds since the server started (the clock of `Received.at`). */
  now(): number;
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
// scorm-again's browser build (dist/scorm-again.js), which puts Scorm12API and Scorm2004API on window.
const scormAgain = createRequire(import.meta.url).resolve('scorm-again');

/** The launch page: no CSP of its own; the course frame keeps the package's. */
const LAUNCH_PAGE = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>LMS</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style>
<script src="/scorm-again.js"></script>
<script src="/lms.js" defer></script>
</head>
<body></body>
</html>
`;

/**
 * What the LMS gives the next launch, from what was committed: everything but the session's own
 * elements (exit, session time, entry), with entry "resume" when the learner left with exit
 * "suspend" and "" otherwise (SCORM 1.2 RTE cmi.core.entry; SCORM 2004 RTE 4.2.8 cmi.entry). A
 * learner with nothing committed starts "ab-initio" from the enrolment.
 */
export function nextLaunch(version: Version, enrolment: Cmi, stored: Cmi | null): Cmi {
  const [entry, exit, sessionTime] = version === '1.2' ? ['cmi.core.entry', 'cmi.core.exit', 'cmi.core.session_time'] : ['cmi.entry', 'cmi.exit', 'cmi.session_time'];
  if (!stored) return { ...enrolment, [entry]: 'ab-initio' };
  const next: Cmi = { ...enrolment };
  for (const [k, v] of Object.entries(stored)) if (k !== exit && k !== sessionTime && k !== entry) next[k] = v;
  next[entry] = stored[exit] === 'suspend' ? 'resume' : '';
  return next;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the strict LMS on 127.0.0.1, on a port the OS picks. It stores only what a Commit or
 * Finish sends (the whole data model, replacing what it had) and launches a learner from that.
 *
 * @example
 * const lms = await startStrictLms();
 * await lms.addPackage('s12', zip);
 * lms.enrol('u1', '1.2', { 'cmi.core.student_id': 'u1' });
 * await page.goto(lms.launchUrl('u1', 's12'));
 */
export async function startStrictLms(): Promise<StrictLms> {
  const started = Date.now();
  const now = () => Date.now() - started;
  const files = new Map<string, Uint8Array>([
    ['/lms.html', Buffer.from(LAUNCH_PAGE)],
    ['/lms.js', readFileSync(join(here, 'page/lms.js'))],
    ['/scorm-again.js', readFileSync(scormAgain)],
  ]);
  const learners = new Map<string, Learner>();
  const learner = (id: string): Learner => {
    const l = learners.get(id);
    if (!l) throw new Error(`learner "${id}" is not enrolled`);
    return l;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const api = /^\/lms\/([^/]+)\/(launch|commit|finish|trace)$/.exec(url.pathname);
    if (api) {
      const l = learners.get(decodeURIComponent(api[1]!));
      if (!l) return void res.writeHead(404).end();
      const what = api[2] as 'launch' | 'commit' | 'finish' | 'trace';
      if (what === 'launch') return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(nextLaunch(l.version, l.enrolment, l.stored)));
      const text = await body(req);
      if (what === 'trace') {
        l.traces.push(JSON.parse(text) as Trace);
        return void res.writeHead(204).end();
      }
      const cmi = JSON.parse(text) as Cmi;
      l.stored = cmi;
      l.received.push({ kind: what, at: now(), cmi, bytes: Buffer.byteLength(text) });
      if (l.delay) await new Promise((done) => setTimeout(done, l.delay));
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('true');
    }
    const path = decodeURIComponent(url.pathname);
    const file = files.get(path);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': contentType(path), 'cache-control': 'no-store' }).end(file);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    launchUrl: (l, course) => `${origin}/lms.html?version=${learner(l).version}&learner=${encodeURIComponent(l)}&course=${encodeURIComponent(course)}`,
    async addPackage(name, zip) {
      for (const [path, bytes] of await unzip(zip)) files.set(`/course/${name}${path}`, bytes);
    },
    enrol: (id, version, enrolment) => void learners.set(id, { version, enrolment, stored: null, received: [], traces: [], delay: 0 }),
    stored: (id) => learner(id).stored,
    received: (id) => learner(id).received,
    traces: (id) => learner(id).traces,
    launchData: (id) => {
      const l = learner(id);
      return nextLaunch(l.version, l.enrolment, l.stored);
    },
    slowReplies: (id, ms) => void (learner(id).delay = ms),
    now,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
