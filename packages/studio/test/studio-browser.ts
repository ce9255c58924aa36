import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from '../../../chromium.mjs';
import { startStudio } from '../src/index';
import { copyCourse } from './helpers';

/** The repository's root. */
export const root = path.resolve(import.meta.dirname, '../../..');

/** Studio on a copy of a course folder, and a Chromium page on it. */
export interface StudioSession {
  folder: string;
  url: string;
  browser: Browser;
  page: Page;
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Copies `source` (a course folder) to a temporary folder, starts Studio on it (port 0) and opens
 * it in Debian's Chromium.
 *
 * @example
 * const s = await openStudio(path.join(root, 'examples/integrity-ranger'));
 */
export async function openStudio(source: string, viewport = { width: 1400, height: 900 }): Promise<StudioSession> {
  const copy = copyCourse(source);
  const folder = copy.dir;
  const studio = await startStudio({ folder });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(studio.url);
  await page.locator('[role="tree"]').waitFor();
  return {
    folder,
    url: studio.url,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await studio.close();
      copy.remove();
    },
  };
}

/**
 * Registers the hooks of a describe block that works on a course as `coursekit init` writes it:
 * before all its tests, Studio opens on a fresh one in Chromium; after them, everything is closed
 * and removed. The session's parts are read when the tests run.
 *
 * @example
 * const s = studioOnInitCourse();
 * it('…', async () => { await s.page.keyboard.press('Tab'); });
 */
export function studioOnInitCourse(viewport?: { width: number; height: number }): Omit<StudioSession, 'close'> {
  let init: { dir: string; remove(): void } | undefined;
  let s: StudioSession | undefined;
  beforeAll(async () => {
    init = initCourse();
    s = await openStudio(init.dir, viewport);
  });
  afterAll(async () => {
    await s?.close();
    init?.remove();
  });
  const open = (): StudioSession => s ?? (() => { throw new Error('Studio is not open: studioOnInitCourse() works inside a describe block'); })();
  return {
    get folder() { return open().folder; },
    get url() { return open().url; },
    get browser() { return open().browser; },
    get page() { return open().page; },
    get errors() { return open().errors; },
  };
}

/** A course folder as `coursekit init` writes it (in a temporary folder; remove it after). */
export function initCourse(): { dir: string; remove(): void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'coursekit-studio-init-'));
  const dir = path.join(parent, 'pelatihan');
  execFileSync(process.execPath, [path.join(root, 'packages/cli/dist/bin.js'), 'init', dir], { stdio: 'pipe' });
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** The course as the app holds it now (unsaved edits included). */
export function courseIn(page: Page): Promise<Record<string, any>> {
  return page.evaluate(() => (document.querySelector('ck-studio') as unknown as { store: { doc: { course: unknown } } }).store.doc.course) as Promise<Record<string, any>>;
}

/** What axe-core finds on the page (the app's shadow roots included), as "rule: target" lines. */
export async function axe(page: Page): Promise<string[]> {
  const require = createRequire(import.meta.url);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** The tree row of a pointer of the assembled course. */
export const row = (page: Page, pointer: string) => page.locator(`[role="treeitem"][data-pointer="${pointer}"]`);

/**
 * Picks an item in the outline with the mouse, expanding its parents first as a designer does
 * (a click on each parent's row, then on its twisty when it is closed).
 */
export async function pick(page: Page, pointer: string): Promise<void> {
  const parts = pointer.split('/').slice(1);
  const parents = [parts[0] === 'scenarios' ? '/scenarios' : '', ...parts.flatMap((_, n) => (n % 2 === 1 && n < parts.length - 1 ? [`/${parts.slice(0, n + 1).join('/')}`] : []))];
  for (const parent of parents) {
    const item = row(page, parent);
    if ((await item.getAttribute('aria-expanded')) === 'false') await item.locator('.twisty').first().click();
  }
  await row(page, pointer).locator('.row').first().click();
}

/** The element that has focus, through shadow roots: its tag, accessible label or text, and data-pointer. */
export function focused(page: Page): Promise<{ tag: string; name: string; pointer: string | null }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const labelled = el && 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent!.trim()).join(' ') : '';
    const name = el?.getAttribute('aria-label') || labelled || el?.textContent || '';
    return { tag: el?.localName ?? '', name: name.replace(/\s+/g, ' ').trim(), pointer: el?.getAttribute('data-pointer') ?? null };
  });
}

/** Presses Tab until the focused element's name starts with `name` (a keyboard user looking for it); fails after 150 presses. */
export async function tabTo(page: Page, name: string | RegExp, shift = false): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (typeof name === 'string' ? f.name.startsWith(name) : name.test(f.name)) return;
    seen.push(`${f.tag} "${f.name.slice(0, 40)}"`);
  }
  throw new Error(`Tab never reached "${String(name)}"; it went through ${seen.join(', ')}`);
}
