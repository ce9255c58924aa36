/**
 * pnpm bench: Integrity Ranger's packages on a slow mobile network. Each package is built by the
 * packager with the real player, served from 127.0.0.1 (gzip for text, as web servers do; no HTTP
 * caching: a first visit), and opened in Chromium with the network throttled through the DevTools
 * protocol (Network.emulateNetworkConditions: 400 ms latency, 50 KB/s down, 20 KB/s up). Measured
 * for each: the time from navigation to the first page being interactive (its heading and its
 * Next control shown, its blocks rendered) and the bytes transferred before then (Resource Timing's
 * transferSize), twice per visit: the first page the launch page carries (prerendered at build
 * time), then the player's own. Beside them, in the same run and on the same server: a static HTML page with the
 * first page's text (the floor), and the web package loading the whole course.json (as before the
 * course was split). The service worker is blocked: this measures the page, not the offline cache.
 *
 * Needs the packager and the player built (dist/), as `pnpm bench` does first. Environment:
 * CK_BENCH_RUNS (default 3; the median is reported).
 */
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import type { ResolvedCourse } from '@coursekit/schema';
import { chromiumLaunchOptions } from '../../../chromium.mjs';
import { buildPackage, type TargetId } from '../src/index';
import { unzip } from '../test/unzip';

const here = path.dirname(fileURLToPath(import.meta.url));
const RANGER = path.resolve(here, '../../../examples/integrity-ranger/course.json');
const RUNS = Number(process.env.CK_BENCH_RUNS ?? 3);
const START_LOAD = loadavg().map((l) => l.toFixed(1)).join(', ');
/** The slow mobile network of the issue the learners' offices reported: "wifi lemot". */
const NETWORK = { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 20 * 1024 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** What a server sent: the paths it answered, and the bytes of their bodies (as sent, gzip included). */
interface Served {
  paths: string[];
  bytes: number;
  last: number;
  /** Let browsers keep what it sends for an hour (a site's usual headers), instead of no caching (a first visit). */
  cacheable: boolean;
}

/** A static server for one folder: gzip for text when the browser accepts it, no caching. */
async function serve(folder: string): Promise<{ url: string; server: Server; served: Served }> {
  const served: Served = { paths: [], bytes: 0, last: 0, cacheable: false };
  const server = createServer(async (req, res) => {
    const at = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    served.paths.push(at);
    served.last = Date.now();
    const file = path.join(folder, at.endsWith('/') ? `${at}index.html` : at);
    if (!file.startsWith(folder)) return void res.writeHead(403).end();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return void res.writeHead(404).end();
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip = /text|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': served.cacheable ? 'max-age=3600' : 'no-store' };
    if (gzip) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.byteLength);
    served.bytes += body.byteLength;
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, served };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const id = (t: unknown) => (typeof t === 'string' ? t : ((t as Record<string, string>).id ?? ''));

/** The first page's text as one static HTML page: what no player can beat. */
function staticPage(course: ResolvedCourse): string {
  const page = course.modules[0]!.pages[0]!;
  const blocks = page.blocks.map((b) => {
    const block = b as unknown as Record<string, unknown>;
    const text = [block.markdown, block.text, block.title].filter((t) => t !== undefined).map((t) => `<p>${escape(id(t))}</p>`);
    return text.join('\n');
  });
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(id(course.title))}</title></head><body><main><h1>${escape(id(page.title))}</h1>\n${blocks.join('\n')}\n<button>Berikutnya</button></main></body></html>\n`;
}

interface Variant {
  name: string;
  url: string;
  /** The first page's heading in the player, or null for the static page. */
  title: string | null;
}

/**
 * performance.now() once the first page is interactive, else false. Runs in the page (a function: the packages' CSP forbids eval).
 * `prerendered`: the first page the launch page carries (its heading and its Next link shown; its
 * blocks are in the HTML), else the player's.
 */
function ready([title, prerendered]: [string | null, boolean]): number | false {
  if (title === null) return document.querySelector('h1') && document.querySelector('button') ? performance.now() : false;
  if (prerendered) {
    const page = document.querySelector('.ck-static-player')?.shadowRoot;
    const shown = page && page.querySelector('#page-title')?.textContent === title && page.querySelector('.pager a.ck-button.primary[href="#ck-next"]');
    return shown ? performance.now() : false;
  }
  const root = document.querySelector('ck-course-player')?.shadowRoot;
  const ok = root && root.querySelector('#page-title')?.textContent === title && root.querySelector('.pager .primary') && !root.querySelector('.page .loading');
  return ok ? performance.now() : false;
}

/** When a fetch started and ended, in ms from navigation (Resource Timing). */
interface Fetched {
  name: string;
  start: number;
  end: number;
}

/** What one visit measured: ms to interactive and bytes transferred by then, of the prerendered page too (packages). */
interface Visit {
  ms: number;
  bytes: number;
  fetched: Fetched[];
  prerendered: { ms: number; bytes: number } | null;
}

/** One visit under the throttled network: ms to interactive, bytes transferred by then, and what was fetched when. */
async function visit(browser: Browser, variant: Variant): Promise<Visit> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  try {
    await page.goto(variant.url, { waitUntil: 'commit' });
    const first = variant.title === null ? null : ((await (await page.waitForFunction(ready, [variant.title, true] as [string, boolean], { polling: 'raf', timeout: 120_000 })).jsonValue()) as number);
    const handle = await page.waitForFunction(ready, [variant.title, false] as [string | null, boolean], { polling: 'raf', timeout: 120_000 });
    const ms = (await handle.jsonValue()) as number;
    const transferred = (until: number) => page.evaluate((by) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.responseEnd <= by);
      return nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0);
    }, until);
    const prerendered = first === null ? null : { ms: first, bytes: await transferred(first) };
    const { bytes, fetched } = await page.evaluate((until) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const all = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const resources = all.filter((r) => r.responseEnd <= until);
      return {
        bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
        fetched: all.map((r) => ({ name: new URL(r.name).pathname.slice(1), start: r.startTime, end: r.responseEnd })),
      };
    }, ms);
    return { ms, bytes, fetched, prerendered };
  } finally {
    await context.close();
  }
}

/**
 * The web package's offline cache, counted by the server, which lets browsers keep what it sends
 * for an hour here, as a site would. The page's own bytes: a first visit with the service worker
 * blocked, until the server has been quiet for 2 s (the chunks fetched after the first page
 * included). The first visit's: the same with the worker, which fills its cache. Then a return
 * visit in that browser profile, and the paths it asked the server for before its first page was
 * interactive. Not throttled: it counts bytes and requests, not time.
 */
async function offlineVisits(browser: Browser, variant: Variant, served: Served): Promise<{ pageBytes: number; firstVisitBytes: number; returnPaths: string[] }> {
  const quiet = async () => {
    while (Date.now() - served.last < 2000) await new Promise((resolve) => setTimeout(resolve, 250));
  };
  const visit = async (serviceWorkers: 'allow' | 'block') => {
    const context = await browser.newContext({ serviceWorkers, viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    served.bytes = 0;
    await page.goto(variant.url, { waitUntil: 'commit' });
    await page.waitForFunction(ready, [variant.title, false] as [string | null, boolean], { polling: 'raf', timeout: 120_000 });
    if (serviceWorkers === 'allow') await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await quiet();
    return { context, page, bytes: served.bytes };
  };
  served.cacheable = true;
  try {
    const alone = await visit('block');
    await alone.context.close();
    const first = await visit('allow');
    try {
      served.paths = [];
      await first.page.goto(variant.url, { waitUntil: 'commit' });
      await first.page.waitForFunction(ready, [variant.title, false] as [string | null, boolean], { polling: 'raf', timeout: 120_000 });
      return { pageBytes: alone.bytes, firstVisitBytes: first.bytes, returnPaths: [...served.paths] };
    } finally {
      await first.context.close();
    }
  } finally {
    served.cacheable = false;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'ck-bench-network-'));
  const browser = await chromium.launch(chromiumLaunchOptions);
  const servers: Server[] = [];
  let web: { variant: Variant; served: Served } | null = null;
  try {
    const variants: Variant[] = [];
    let course: ResolvedCourse | null = null;
    for (const target of ['web', 'scorm12', 'cmi5'] as TargetId[]) {
      const zip = path.join(work, `${target}.zip`);
      await buildPackage({ course: RANGER, target, out: zip });
      const dir = path.join(work, target);
      await unzip(zip, dir);
      course ??= JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8')) as ResolvedCourse;
      const { url, server, served } = await serve(dir);
      servers.push(server);
      const title = id(course.modules[0]!.pages[0]!.title);
      variants.push({ name: `${target} package`, url: `${url}/index.html`, title });
      if (target === 'web') web = { variant: variants.at(-1)!, served };
      if (target === 'web') {
        // The same package as before the split: the player loads the whole course.json.
        const html = await readFile(path.join(dir, 'index.html'), 'utf8');
        const whole = html
          .replace(/<meta name="coursekit:course" content="[^"]+">/, '<meta name="coursekit:course" content="course.json">')
          .replace(/(    <link rel="preload" href="course\.[^"]+" as="fetch" crossorigin>\n)+/, '    <link rel="preload" href="course.json" as="fetch" crossorigin>\n');
        await writeFile(path.join(dir, 'whole.html'), whole);
        variants.push({ name: 'web package, whole course.json', url: `${url}/whole.html`, title });
        await writeFile(path.join(dir, 'static.html'), staticPage(course));
        variants.unshift({ name: 'static page (first page text)', url: `${url}/static.html`, title: null });
      }
    }
    const rows: Array<{ name: string; ms: number; bytes: number; fetched: Fetched[] }> = [];
    const prerenderRows: Array<{ name: string; ms: number; bytes: number }> = [];
    for (const v of variants) {
      const runs: Visit[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, v));
      rows.push({ name: `${v.name}${v.title === null ? '' : ', player rendered'}`, ms: median(runs.map((r) => r.ms)), bytes: median(runs.map((r) => r.bytes)), fetched: runs[0]!.fetched });
      const pre = runs.map((r) => r.prerendered).filter((p) => p !== null);
      if (pre.length) prerenderRows.push({ name: `${v.name}, prerendered first page`, ms: median(pre.map((p) => p.ms)), bytes: median(pre.map((p) => p.bytes)) });
    }
    const floor = rows[0]!;
    console.log(`Slow network (${NETWORK.latency} ms, ${NETWORK.downloadThroughput / 1024} KB/s down), Integrity Ranger, median of ${RUNS} first visits:\n`);
    console.log('| | time to interactive | × static | bytes before interactive |');
    console.log('| --- | --- | --- | --- |');
    for (const r of [rows[0]!, ...prerenderRows, ...rows.slice(1)]) console.log(`| ${r.name} | ${Math.round(r.ms).toLocaleString('en-US')} ms | ${(r.ms / floor.ms).toFixed(1)}× | ${(r.bytes / 1024).toFixed(1)} KB |`);
    console.log(`\nLoad average: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) at the end; ${START_LOAD} at the start.`);
    if (web) {
      const o = await offlineVisits(browser, web.variant, web.served);
      console.log(`\nWeb package with its offline cache, counted by the server: the page alone fetched ${(o.pageBytes / 1024).toFixed(1)} KB; the first visit with the offline cache ${(o.firstVisitBytes / 1024).toFixed(1)} KB (${(o.firstVisitBytes / o.pageBytes).toFixed(2)}× the page's); a return visit asked for ${o.returnPaths.length ? o.returnPaths.join(', ') : 'nothing'} before its first page was interactive.`);
    }
    // The launch page's hints (modulepreload of the player, preload of the first course parts) work
    // when those fetches start together, before the player has arrived to ask for them.
    console.log('\nFetches of one first visit of each package (ms from navigation: start–end; * after the first page was interactive):\n');
    for (const r of rows.slice(1)) {
      console.log(`${r.name}:`);
      for (const f of r.fetched) console.log(`  ${Math.round(f.start)}–${Math.round(f.end)} ${f.name}${f.end > r.ms ? ' *' : ''}`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
