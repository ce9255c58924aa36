import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import { exampleCourses } from '../fixtures/examples';
import { tincanLaunch } from '../launch';
import { statementsIn } from '../lrs';
import { type Fixture, startFixture } from '../servers/fixture';
import { HARNESS_HTML, bundleHarness } from './bundle';
import { chromiumLaunchOptions } from '../../../../chromium.mjs';

// Fault tests in real Chromium: the page is served by the launch fixture, whose /xapi/ path is
// the fault proxy in front of Learning Locker. At the end the LRS must hold every statement the
// course produced exactly once: same ids, same count.
const lrsEndpoint = inject('lrsEndpoint');
const tour = exampleCourses().find((e) => e.name === 'tour')!.course as ResolvedCourse;

let fixture: Fixture;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const app = await bundleHarness();
  fixture = await startFixture(lrsEndpoint, {
    '/course/index.html': { type: 'text/html', body: HARNESS_HTML },
    '/app.js': { type: 'text/javascript', body: app },
  });
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});
afterEach(async () => {
  fixture.setFaults(null);
  await context?.close();
});

async function open(url: string): Promise<Page> {
  context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(url);
  await page.waitForFunction(() => 'ck' in window);
  return page;
}

/** Waits until the LRS holds `count` statements for the registration (or the deadline passes). */
async function lrsHolds(registration: string, count: number, deadlineMs = 60_000) {
  const end = Date.now() + deadlineMs;
  let stored = await statementsIn(lrsEndpoint, registration);
  while (stored.length < count && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    stored = await statementsIn(lrsEndpoint, registration);
  }
  return stored;
}

const sorted = (ids: string[]) => [...ids].sort();

// Each test waits on real time (hanging requests, Retry-After, backoff): up to 90 s for the queue to
// empty and 60 s for the LRS, so the test's own limit is above both, for a slow, busy machine.
describe('delivery under faults, in Chromium', { timeout: 180_000 }, () => {
  it('delivers every statement exactly once through random 500s, 429s, timeouts and lost answers', async () => {
    const launch = tincanLaunch(fixture);
    fixture.setFaults({ seed: 2026, error500: 0.2, error429: 0.1, hang: 0.1, dropAfterStore: 0.15, retryAfterSeconds: 1, hangMs: 2000, first: ['dropAfterStore', 'error429', 'hang', 'error500'] });
    const page = await open(launch.url);
    // Batches of 3, so the course makes enough requests to meet every kind of fault.
    await page.evaluate((course) => window.ck.start(course, 4, 3), tour);
    await page.evaluate(() => window.ck.play());
    await page.evaluate(() => window.ck.terminate());
    await page.waitForFunction(() => window.ck.pending() === 0, undefined, { timeout: 90_000, polling: 250 });
    const created = await page.evaluate(() => window.ck.created());
    const stored = await lrsHolds(launch.registration, created.length);
    expect(created.length).toBeGreaterThan(30);
    expect(stored).toHaveLength(created.length);
    expect(sorted(stored.map((s) => s.id))).toEqual(sorted(created));
    const f = fixture.stats.faults;
    expect({ error500: f.error500 > 0, error429: f.error429 > 0, hang: f.hang > 0, dropAfterStore: f.dropAfterStore > 0 }).toEqual({ error500: true, error429: true, hang: true, dropAfterStore: true });
  });

  it('keeps statements while the browser is offline and sends them when it is back', async () => {
    const launch = tincanLaunch(fixture);
    const page = await open(launch.url);
    await page.evaluate((course) => window.ck.start(course, 4), tour);
    await page.evaluate(() => window.ck.play(2));
    await page.waitForFunction(() => window.ck.pending() === 0, undefined, { timeout: 30_000, polling: 100 });
    const before = (await statementsIn(lrsEndpoint, launch.registration)).length;
    await context.setOffline(true);
    await page.evaluate(() => window.ck.play());
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.ck.pending())).toBeGreaterThan(10);
    expect(await statementsIn(lrsEndpoint, launch.registration)).toHaveLength(before);
    await context.setOffline(false);
    await page.waitForFunction(() => window.ck.pending() === 0, undefined, { timeout: 30_000, polling: 100 });
    const created = await page.evaluate(() => window.ck.created());
    const stored = await lrsHolds(launch.registration, created.length);
    expect(sorted(stored.map((s) => s.id))).toEqual(sorted(created));
  });

  it('survives a reload in the middle of a flush: the queue and the place are kept, nothing is lost or doubled', async () => {
    const launch = tincanLaunch(fixture);
    const page = await open(launch.url);
    await page.evaluate((course) => window.ck.start(course, 4), tour);
    await context.setOffline(true);
    await page.evaluate(() => window.ck.play(4));
    const placeBefore = await page.evaluate(() => window.ck.page());
    const queued = await page.evaluate(() => window.ck.pending());
    expect(queued).toBeGreaterThan(10);
    // Every POST now takes 4 s: the reload lands while the first batch is in flight, even on a slow machine.
    fixture.setFaults({ seed: 5, delay: 1, delayMs: 4000 });
    const posts = fixture.stats.statementPosts;
    await context.setOffline(false);
    await page.waitForFunction(() => true);
    const deadline = Date.now() + 10_000;
    while (fixture.stats.statementPosts === posts && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(fixture.stats.statementPosts).toBeGreaterThan(posts);
    await page.reload();
    await page.waitForFunction(() => 'ck' in window);
    fixture.setFaults(null);
    const resumed = await page.evaluate((course) => window.ck.start(course, 4), tour);
    expect(resumed.resumedOn).toBe(placeBefore);
    await page.evaluate(() => window.ck.play());
    await page.evaluate(() => window.ck.terminate());
    await page.waitForFunction(() => window.ck.pending() === 0, undefined, { timeout: 30_000, polling: 100 });
    const created = await page.evaluate(() => window.ck.created());
    const stored = await lrsHolds(launch.registration, created.length);
    expect(stored).toHaveLength(created.length);
    expect(sorted(stored.map((s) => s.id))).toEqual(sorted(created));
    // The batch in flight at the reload reaches the LRS after all, its answer lost: still once each.
    expect(await fixture.idle()).toBe(true);
    const settled = await statementsIn(lrsEndpoint, launch.registration);
    expect(settled).toHaveLength(created.length);
    expect(sorted(settled.map((s) => s.id))).toEqual(sorted(created));
  });

  it('sends what is pending with keepalive when the learner leaves the page', async () => {
    const launch = tincanLaunch(fixture);
    const page = await open(launch.url);
    await page.evaluate((course) => window.ck.start(course, 4), tour);
    // The LRS fails everything while the learner works: statements pile up in the queue.
    fixture.setFaults({ seed: 9, error500: 1 });
    await page.evaluate(() => window.ck.play(5));
    await page.waitForTimeout(800);
    const created = await page.evaluate(() => window.ck.created());
    expect(await page.evaluate(() => window.ck.pending())).toBeGreaterThan(5);
    fixture.setFaults(null);
    // Leaving: the session's pagehide terminates, which sends the queue and the closing
    // `terminated` with keepalive; the page is gone before any answer.
    await page.goto('about:blank');
    const stored = await lrsHolds(launch.registration, created.length + 1, 15_000);
    const closing = stored.filter((s) => !created.includes(s.id));
    expect(closing.map((s) => s.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/terminated']);
    expect(sorted(stored.filter((s) => created.includes(s.id)).map((s) => s.id))).toEqual(sorted(created));
  });

  it('keeps the closing statements of a page reloaded while the LRS is down and sends them on the next launch: each once', async () => {
    const launch = tincanLaunch(fixture);
    const page = await open(launch.url);
    await page.evaluate((course) => window.ck.start(course, 4, 25), tour);
    await page.evaluate(() => window.ck.play(3));
    await page.waitForFunction(() => window.ck.pending() === 0, undefined, { timeout: 30_000, polling: 100 });
    // The LRS is down as the page reloads: pagehide ends the session, and its closing statements are refused.
    fixture.setFaults({ seed: 13, error500: 1 });
    await page.reload();
    await page.waitForFunction(() => 'ck' in window);
    fixture.setFaults(null);
    await page.evaluate((course) => window.ck.start(course, 4, 25), tour);
    await page.evaluate(() => window.ck.play());
    await page.evaluate(() => window.ck.terminate());
    await page.waitForFunction(() => window.ck.pending() === 0, undefined, { timeout: 30_000, polling: 100 });
    const created = await page.evaluate(() => window.ck.created());
    const stored = await lrsHolds(launch.registration, created.length, 15_000);
    expect(sorted(stored.map((s) => s.id))).toEqual(sorted(created));
    expect(stored.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/terminated')).toHaveLength(2);
  });

  it('runs beside SCORM: the LMS gets its CMI values and the LRS every statement, from the same session', async () => {
    const launch = tincanLaunch(fixture);
    const page = await open(launch.url);
    const { notices } = await page.evaluate((course) => window.ck.startBesideScorm(course, 4), tour);
    expect(notices).toEqual([]);
    await page.evaluate(() => window.ck.play());
    await page.evaluate(() => window.ck.terminate());
    await page.waitForFunction(() => window.ck.pending() === 0, undefined, { timeout: 60_000, polling: 100 });
    expect(await page.evaluate(() => window.ck.problems)).toEqual([]);

    const values = await page.evaluate(() => window.ck.lms());
    expect(values['cmi.completion_status']).toBe('completed');
    expect(values['cmi.exit']).toBe('normal');
    expect(values['cmi.suspend_data']).toMatch(/\S/);
    const interactions = Object.keys(values).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length;

    const created = await page.evaluate(() => window.ck.created());
    const stored = await lrsHolds(launch.registration, created.length);
    expect(sorted(stored.map((s) => s.id))).toEqual(sorted(created));
    const course = stored.find((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/initialized')!.object.id;
    expect(stored.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed' && s.object.id === course)).toHaveLength(1);
    // Every question and scenario decision is an interaction in the LMS and an `answered` statement in the LRS.
    const answered = stored.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered').length;
    expect(interactions).toBeGreaterThan(5);
    expect(interactions).toBe(answered);
  });
});
