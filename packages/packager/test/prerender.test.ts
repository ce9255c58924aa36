import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { encodeSnapshot } from '@coursekit/codec';
import type { ResolvedCourse } from '@coursekit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../../../test/examples/browser';
import { buildPackage } from '../src/index';
import { RANGER } from './fixtures';
import { unzip } from './unzip';

// Integrity Ranger's launch page carries its first page, rendered at build time: a learner reads
// it, and can press Next, before the player has arrived. Here the player's files are held back
// until the test lets them through, as a slow network would: in the web package, and in the SCORM
// 1.2 package in an LMS's frame.

let work = '';
let browser: Browser;
let dir = '';
let scorm12 = '';
let course: ResolvedCourse;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ck-prerender-'));
  browser = await launchChromium();
  for (const target of ['web', 'scorm12'] as const) {
    const zip = path.join(work, `${target}.zip`);
    await buildPackage({ course: RANGER, target, out: zip });
    await unzip(zip, path.join(work, target, 'pkg'));
  }
  dir = path.join(work, 'web', 'pkg');
  scorm12 = path.join(work, 'scorm12');
  course = JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8')) as ResolvedCourse;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

const title = (i: number, language = 'id') => {
  const pages = course.modules.flatMap((m) => m.pages);
  return (pages[i]!.title as Record<string, string>)[language]!;
};

/** The saved state of a learner on the third page, in `language`, as the player's codec writes it. */
const onThirdPage = (language: string) => {
  const pages = course.modules.flatMap((m) => m.pages);
  return encodeSnapshot(course, {
    v: 1, courseId: course.id, courseVersion: course.version, seed: 7, language, pageId: pages[2]!.id, viewed: pages.slice(0, 3).map((p) => p.id),
    answers: {}, assessments: {}, scenarios: {}, completed: false, passed: null, certificateId: null, totalTimeMs: 0,
  });
};

/** A browser context whose player files wait until `release()`; the service worker is blocked (this is about the page). */
async function heldBack(): Promise<{ context: BrowserContext; page: Page; release: () => void; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/player\//, async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, release, errors, close: () => context.close() };
}

/** The player's page heading (in its shadow root), once the player has taken over. */
const playerHeading = (page: Page) => page.locator('ck-course-player #page-title');
/** The element that has focus, as `tag#id.class` through shadow roots. */
const focused = (page: Page | Frame) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}` : null;
  });

describe('the prerendered first page', () => {
  it('is shown before the player arrives, accessible, and Next pressed then lands on page 2 when the player takes over', async () => {
    const { url, server } = await serveFolder(dir);
    const { page, release, errors, close } = await heldBack();
    try {
      await page.goto(`${url}/index.html`, { waitUntil: 'commit' });
      const heading = page.getByRole('heading', { level: 1, name: title(0), exact: true });
      await heading.waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
      expect(await page.locator('ck-course-player').count()).toBe(0);
      await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);

      // Keyboard only: Tab reaches the page's Next link (the controls that need the player are inert), Enter follows it.
      const next = page.getByRole('link', { name: 'Berikutnya', exact: true });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ck-next');
      await expect.poll(() => focused(page)).toBe('p#ck-next');
      await expect(page.getByText('Membuka halaman berikutnya…', { exact: true }).isVisible()).resolves.toBe(true);

      release();
      await expect.poll(() => playerHeading(page).textContent(), { timeout: 60_000 }).toBe(title(1));
      expect(await page.locator('#ck-static').count()).toBe(0);
      expect(await page.evaluate(() => location.hash)).toBe('');
      await expect.poll(() => focused(page)).toBe('h1#page-title');
      expect(errors).toEqual([]);
    } finally {
      await close();
      server.close();
    }
  }, 120_000);

  it('is replaced by the same page in the player, scroll and focus kept', async () => {
    const { url, server } = await serveFolder(dir);
    const { page, release, errors, close } = await heldBack();
    try {
      await page.goto(`${url}/index.html`, { waitUntil: 'commit' });
      await page.getByRole('link', { name: 'Berikutnya', exact: true }).focus();
      // Every picture has arrived: what is left to compare is the page's own layout. (A picture
      // arriving later moves the page under the focused link, so scroll is read after this.)
      await expect.poll(() => page.locator('#ck-static img').evaluateAll((all) => all.every((i) => (i as HTMLImageElement).complete))).toBe(true);
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(scrolled).toBeGreaterThan(0);
      const box = async (selector: string) => page.locator(selector).evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
      const before = await box('#ck-static .pager .primary');
      // Each frame until the swap: the player, rendering its page meanwhile, is never shown beside the prerendered page.
      await page.evaluate(() => {
        const w = window as unknown as { frames: number; both: number };
        w.frames = w.both = 0;
        const look = () => {
          const main = document.querySelector('main:not(#ck-static)');
          if (!document.getElementById('ck-static')) return;
          w.frames++;
          if (main && getComputedStyle(main).display !== 'none') w.both++;
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      release();
      await expect.poll(() => page.locator('#ck-static').count(), { timeout: 60_000 }).toBe(0);
      const frames = await page.evaluate(() => {
        const w = window as unknown as { frames: number; both: number };
        return { frames: w.frames, both: w.both };
      });
      expect(frames.frames).toBeGreaterThan(1);
      expect(frames.both).toBe(0);
      expect(await playerHeading(page).textContent()).toBe(title(0));
      expect(await focused(page)).toBe('button.primary');
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      // No jump: the player's Next button is where the prerendered Next link was, to the pixel.
      expect(await box('ck-course-player .pager .primary')).toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await close();
      server.close();
    }
  }, 120_000);

  it('tells a learner who resumes that they are back where they left off, even after pressing Next early', async () => {
    const { url, server } = await serveFolder(dir);
    const { page, release, errors, close } = await heldBack();
    try {
      // The saved state, set from a page of the same origin without the player.
      await page.goto(`${url}/course.json`);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`coursekit:${course.id}@${course.version}`, onThirdPage('id')]);
      await page.goto(`${url}/index.html`, { waitUntil: 'commit' });
      await page.getByRole('link', { name: 'Berikutnya', exact: true }).click();
      release();
      await expect.poll(() => playerHeading(page).textContent(), { timeout: 60_000 }).toBe(title(2));
      await expect.poll(() => focused(page)).toBe('h1#page-title');
      // Said once, by the player's own live region (the page has no other).
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Selamat datang kembali.' }).allTextContents()).toEqual([
        'Selamat datang kembali. Bapak/Ibu melanjutkan dari halaman terakhir yang dibuka.',
      ]);
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await close();
      server.close();
    }
  }, 120_000);
});

describe('the prerendered first page in an LMS', () => {
  it("gives way to the page a learner resumes on from the LMS's saved state, in the language they chose there, the whole page's lang with it, says so and follows a switch", async () => {
    const require = createRequire(import.meta.url);
    await copyFile(path.join(path.dirname(require.resolve('scorm-again')), 'scorm12.min.js'), path.join(scorm12, 'scorm12.min.js'));
    const initial = { 'cmi.core.student_id': 'ASN-1987', 'cmi.core.student_name': 'Rahmawati, Siti', 'cmi.suspend_data': onThirdPage('en') };
    // The LMS window: scorm-again as window.API, holding the learner's saved state; the package in a frame.
    await writeFile(
      path.join(scorm12, 'lms.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.min.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.API.loadFromFlattenedJSON(${JSON.stringify(initial)});
</script></head>
<body style="margin:0"><iframe id="course" title="Course" src="pkg/index.html" style="width:412px;height:915px;border:0"></iframe></body></html>`,
    );
    const { url, server } = await serveFolder(scorm12);
    const { page, release, errors, close } = await heldBack();
    try {
      await page.goto(`${url}/lms.html`, { waitUntil: 'commit' });
      const frame = page.frameLocator('#course');
      await frame.getByRole('heading', { level: 1, name: title(0), exact: true }).waitFor();
      // An LMS target's page keeps the Exit button's place; like the other controls that need the player, it takes no focus.
      expect(await frame.locator('.ck-static-player').evaluate((el) => el.shadowRoot!.querySelector('.exit')?.outerHTML)).toBe('<button part="exit" class="exit" inert="">Keluar</button>');
      await frame.getByRole('link', { name: 'Berikutnya', exact: true }).click();
      release();
      await expect.poll(() => frame.locator('#ck-static').count(), { timeout: 60_000 }).toBe(0);
      expect(await frame.locator('ck-course-player #page-title').textContent()).toBe(title(2, 'en'));
      const inside = page.frame({ url: /\/pkg\/index\.html/ })!;
      expect(await frame.locator('ck-course-player .player').getAttribute('lang')).toBe('en');
      // The launch page is the course's: the whole page is in the learner's language, not only the player.
      expect(await inside.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await inside.evaluate(() => location.hash)).toBe('');
      await expect.poll(() => focused(inside)).toBe('h1#page-title');
      await expect.poll(() => frame.getByRole('status').filter({ hasText: 'Welcome back.' }).allTextContents()).toEqual(['Welcome back. You are on the page you last opened.']);
      await frame.locator('ck-course-player .language select').selectOption('id');
      await expect.poll(() => frame.locator('ck-course-player #page-title').textContent()).toBe(title(2, 'id'));
      expect(await inside.evaluate(() => document.documentElement.lang)).toBe('id');
      expect(errors).toEqual([]);
    } finally {
      await close();
      server.close();
    }
  }, 120_000);
});
