import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ResolvedCourse } from '@coursekit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../../../test/examples/browser';
import { buildPackage } from '../src/index';
import { courseDir, RANGER, smallCourse } from './fixtures';
import { unzip } from './unzip';

// The web package's offline cache: at install only what every visit loads (the launch page, the
// player's first load, the skeleton, the learner's language's parts) and what the page loaded
// before the worker took over; everything else when first used.

let work = '';
let browser: Browser;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ck-offline-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** The worker's precache lists, as sw.js declares them. */
function precacheLists(sw: string): { files: Array<[string, string | null]>; parts: Record<string, string[]>; version: string } {
  return {
    files: JSON.parse(/^const FILES = (.*);$/m.exec(sw)![1]!) as Array<[string, string | null]>,
    parts: JSON.parse(/^const PARTS = (.*);$/m.exec(sw)![1]!) as Record<string, string[]>,
    version: JSON.parse(/^const CACHE = PREFIX \+ (".*");$/m.exec(sw)![1]!) as string,
  };
}

const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex').slice(0, 16);

/** A two-module course with a picture on its first page, in Indonesian and English. */
function twoModules(title = { id: 'Halaman pertama', en: 'First page' }) {
  const text = (id: string, en: string) => ({ type: 'text', markdown: { id, en } });
  return smallCourse([], {
    mastery: undefined,
    modules: [
      { id: 'm1', title: { id: 'Modul 1', en: 'Module 1' }, pages: [{ id: 'p1', title, blocks: [text('Selamat datang.', 'Welcome.'), { type: 'image', src: 'assets/photo.svg', alt: { id: 'Foto', en: 'Photo' } }] }] },
      { id: 'm2', title: { id: 'Modul 2', en: 'Module 2' }, pages: [{ id: 'p2', title: { id: 'Halaman kedua', en: 'Second page' }, blocks: [text('Lanjutan.', 'More.')] }] },
    ],
  });
}
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('the offline cache list', () => {
  it("holds the launch page, the player's first load, the skeleton and the first module's part in each language: no media, no chunk loaded later", async () => {
    const playerDir = path.join(work, 'fake-player');
    await mkdir(path.join(playerDir, 'web'), { recursive: true });
    await writeFile(path.join(playerDir, 'web', 'coursekit.js'), 'import"./chunk-aaaa1111.js";export const later=()=>import("./chunk-bbbb2222.js");\n');
    await writeFile(path.join(playerDir, 'web', 'chunk-aaaa1111.js'), 'export const a=1;\n');
    await writeFile(path.join(playerDir, 'web', 'chunk-bbbb2222.js'), 'export const b=2;\n');
    const c = await courseDir(twoModules(), { 'assets/photo.svg': SVG });
    try {
      const zip = path.join(c.base, 'web.zip');
      await buildPackage({ course: c.file, target: 'web', out: zip, playerDir });
      const dir = path.join(c.base, 'web');
      const names = await unzip(zip, dir);
      const { files, parts } = precacheLists(await readFile(path.join(dir, 'sw.js'), 'utf8'));
      const skeleton = /<meta name="coursekit:course" content="([^"]+)">/.exec(await readFile(path.join(dir, 'index.html'), 'utf8'))![1]!;
      const part = (m: string, l: string) => `./${names.find((n) => n.startsWith(`course.${m}.${l}.`))!}`;
      expect(files).toEqual([
        ['./index.html', await sha(path.join(dir, 'index.html'))],
        ['./player/coursekit.js', await sha(path.join(dir, 'player/coursekit.js'))],
        ['./player/chunk-aaaa1111.js', null],
        [`./${skeleton}`, null],
      ]);
      // The first module's part; the player fetches the next one ahead, through the worker.
      expect(parts).toEqual({ id: [part('m1', 'id')], en: [part('m1', 'en')] });
      expect(names.filter((n) => n.startsWith('course.m2.'))).toHaveLength(2);
      expect(names).toContain('assets/photo.svg');
      expect(names).toContain('player/chunk-bbbb2222.js');
    } finally {
      await c.cleanup();
    }
  });
});

/** The package URLs the page loaded that the worker's cache does not hold. */
function uncached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const loaded = [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)].filter((u) => u.startsWith(location.origin));
    const missing: string[] = [];
    for (const u of new Set(loaded)) if (!(await caches.match(u.replace(/[?#].*$/, '')))) missing.push(new URL(u).pathname);
    return missing;
  });
}

/** The player's page heading: the launch page shows the first page's before the player has arrived, which proves nothing about the player. */
const heading = (page: Page, name: string) => page.locator('ck-course-player').getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: 60_000 });

describe('the web package offline', () => {
  it('after a first visit, offline, plays the first page, a page opened before and a player chunk first used online, each file downloaded once', async () => {
    const zip = path.join(work, 'ranger-web.zip');
    await buildPackage({ course: RANGER, target: 'web', out: zip });
    const dir = path.join(work, 'ranger-web');
    await unzip(zip, dir);
    const course = JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8')) as ResolvedCourse;
    const [first, second] = course.modules[0]!.pages.map((p) => (p.title as Record<string, string>).id!);
    // A site's usual headers: browsers may keep files for an hour, so the worker takes what the page loaded from the HTTP cache.
    const { url, server } = await serveFolder(dir, { cacheControl: 'max-age=3600' });
    const downloads = new Map<string, number>();
    let controlled = false;
    const lazyChunks: string[] = [];
    server.on('request', (req: { url?: string }) => {
      const at = new URL(req.url ?? '/', 'http://x').pathname;
      downloads.set(at, (downloads.get(at) ?? 0) + 1);
      if (controlled && at.startsWith('/player/')) lazyChunks.push(at);
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}/index.html`);
      await heading(page, first!);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
      controlled = true;
      // The player fetches the next module's part ahead while the learner reads: the skeleton and two parts.
      const courseFiles = () => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.startsWith('/course.')).length);
      await expect.poll(courseFiles, { timeout: 30_000 }).toBe(3);
      // What the page loaded before the worker took over (the first page's chunks and pictures) is cached too.
      await expect.poll(() => uncached(page), { timeout: 30_000 }).toEqual([]);
      const precached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat());
      const loaded = new Set(await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)].map((u) => new URL(u).pathname)));
      // Nothing the page did not load but the folder's address (the launch page again): no media, no player chunk, no other part.
      expect(precached.filter((p) => !loaded.has(p))).toEqual(['/']);
      expect(precached.filter((p) => p.startsWith('/course.')).sort()).toEqual(
        [...loaded].filter((p) => p.startsWith('/course.')).sort(),
      );

      await page.getByRole('button', { name: 'Berikutnya' }).first().click();
      await heading(page, second!);
      await page.evaluate(() => (document.querySelector('ck-course-player') as unknown as { showAid(w: string): Promise<void> }).showAid('glossary'));
      await page.getByRole('heading', { name: 'Glosarium', exact: true }).waitFor();
      expect(lazyChunks.length).toBeGreaterThan(0);
      await expect.poll(() => uncached(page), { timeout: 30_000 }).toEqual([]);
      await page.close();

      // The network is gone: a return visit plays from the cache.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      const offline = await context.newPage();
      offline.on('pageerror', (e) => errors.push(e.message));
      await offline.goto(`${url}/index.html`);
      // It resumes where the learner left: the page opened before; then back to the first.
      await heading(offline, second!);
      await offline.getByRole('button', { name: 'Sebelumnya' }).first().click();
      await heading(offline, first!);
      await offline.evaluate(() => (document.querySelector('ck-course-player') as unknown as { showAid(w: string): Promise<void> }).showAid('glossary'));
      await offline.getByRole('heading', { name: 'Glosarium', exact: true }).waitFor();
      expect(await uncached(offline)).toEqual([]);
      // sw.js is asked for again whenever the browser checks for an update.
      expect([...downloads].filter(([at, n]) => n !== 1 && at !== '/sw.js')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      server.close();
    }
  }, 240_000);

  it('an updated course replaces the old cache, which goes once the new one is complete; an update that cannot complete leaves it', async () => {
    const c = await courseDir(twoModules(), { 'assets/photo.svg': SVG });
    const dir = path.join(c.base, 'site');
    // Browsers may keep files for an hour: the HTTP cache holds the old launch page when the new worker installs.
    const { url, server } = await serveFolder(dir, { cacheControl: 'max-age=3600' });
    const context = await browser.newContext();
    try {
      const build = async (title: { id: string; en: string }) => {
        await writeFile(c.file, JSON.stringify(twoModules(title)));
        const zip = path.join(c.base, 'web.zip');
        await buildPackage({ course: c.file, target: 'web', out: zip });
        await rm(dir, { recursive: true, force: true });
        await unzip(zip, dir);
        return `coursekit-small-course-${precacheLists(await readFile(path.join(dir, 'sw.js'), 'utf8')).version}`;
      };
      const v1 = await build({ id: 'Halaman pertama', en: 'First page' });
      const page = await context.newPage();
      await page.goto(`${url}/index.html`);
      await heading(page, 'Halaman pertama');
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
      expect(await page.evaluate(() => caches.keys())).toEqual([v1]);

      const v2 = await build({ id: 'Halaman pertama (revisi)', en: 'First page (revised)' });
      expect(v2).not.toBe(v1);
      // An update whose files cannot all be fetched does not install: the version in use stays, whole.
      const skeleton = /<meta name="coursekit:course" content="([^"]+)">/.exec(await readFile(path.join(dir, 'index.html'), 'utf8'))![1]!;
      const held = await readFile(path.join(dir, skeleton));
      await rm(path.join(dir, skeleton));
      const asked: string[] = [];
      server.on('request', (req: { url?: string }) => asked.push(new URL(req.url ?? '/', 'http://x').pathname));
      await page.reload();
      await heading(page, 'Halaman pertama');
      // The new worker asked for the missing file, and its install has ended.
      await expect.poll(() => asked.includes(`/${skeleton}`), { timeout: 60_000 }).toBe(true);
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing === null), { timeout: 60_000 }).toBe(true);
      expect(await page.evaluate(() => caches.keys())).toEqual([v1]);
      await writeFile(path.join(dir, skeleton), held);
      // The old version answers this visit from its cache; the browser finds the new worker meanwhile.
      await page.reload();
      await heading(page, 'Halaman pertama');
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 }).toEqual([v2]);
      const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), v2);
      expect(cached).toEqual(expect.arrayContaining(['/', '/index.html', '/player/coursekit.js', `/${skeleton}`]));
      await page.reload();
      await heading(page, 'Halaman pertama (revisi)');
    } finally {
      await context.close();
      server.close();
      await c.cleanup();
    }
  }, 120_000);

  it("leaves an LRS on the package's own origin alone: each State request reaches it and the page sees each answer", async () => {
    const c = await courseDir(twoModules(), { 'assets/photo.svg': SVG });
    const dir = path.join(c.base, 'site');
    const zip = path.join(c.base, 'web.zip');
    await buildPackage({ course: c.file, target: 'web', out: zip });
    await unzip(zip, dir);
    const asked: string[] = [];
    const { url, server } = await serveFolder(dir, {
      cacheControl: 'max-age=3600',
      // An LRS beside the course: every answer differs, and none may be kept.
      handle: (req, res) => {
        const at = new URL(req.url ?? '/', 'http://x');
        if (!at.pathname.startsWith('/lrs/')) return false;
        asked.push(`${at.pathname}${at.search}`);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ answer: asked.length }));
        return true;
      },
    });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${url}/index.html`);
      await heading(page, 'Halaman pertama');
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
      const answers = await page.evaluate(async () => {
        const state = '/lrs/activities/state?activityId=urn%3Acoursekit%3Asmall-course&stateId=learner';
        const xapi = { headers: { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic dGVzdDp0ZXN0' } };
        const json = async (r: Promise<Response>) => (await r).json() as Promise<{ answer: number }>;
        // A State GET twice, then a plain GET with a query to a path that is not a file of the package, twice.
        return [await json(fetch(state, xapi)), await json(fetch(state, xapi)), await json(fetch('/lrs/about?n=1')), await json(fetch('/lrs/about?n=1'))];
      });
      expect(answers).toEqual([{ answer: 1 }, { answer: 2 }, { answer: 3 }, { answer: 4 }]);
      const state = '/lrs/activities/state?activityId=urn%3Acoursekit%3Asmall-course&stateId=learner';
      expect(asked).toEqual([state, state, '/lrs/about?n=1', '/lrs/about?n=1']);
      const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat());
      expect(cached.filter((p) => p.startsWith('/lrs/'))).toEqual([]);
      expect(cached).toEqual(expect.arrayContaining(['/', '/index.html', '/player/coursekit.js']));
    } finally {
      await context.close();
      server.close();
      await c.cleanup();
    }
  }, 120_000);
});
