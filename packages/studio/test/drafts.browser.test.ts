import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../chromium.mjs';
import { startStudio, type StudioOptions } from '../src/index';
import { courseIn, initCourse, pick } from './studio-browser';

// Drafts live in the browser's IndexedDB, which belongs to an address (origin): a course opens at
// the same address run after run, and each course keeps its own drafts there.
describe('Studio drafts across runs', () => {
  const a = initCourse();
  const b = initCourse();
  // One browser profile for every run, as a designer's browser keeps its data between runs.
  const profile = mkdtempSync(path.join(tmpdir(), 'coursekit-studio-profile-'));
  afterAll(() => {
    a.remove();
    b.remove();
    rmSync(profile, { recursive: true, force: true });
  });

  /** One run of Studio on `folder`, in the shared browser profile. */
  async function run(folder: string, port: StudioOptions['port']) {
    const studio = await startStudio({ folder, port });
    const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, viewport: { width: 1400, height: 900 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(studio.url);
    await page.locator('[role="tree"]').waitFor();
    return {
      page,
      port: new URL(studio.url).port,
      restored: () => page.getByRole('status').filter({ hasText: 'dipulihkan' }).count(),
      async close() {
        await context.close();
        await studio.close();
      },
    };
  }

  it('finds the unsaved edits of a course again when Studio runs on it again, and not on another course at the same address', async () => {
    const first = await run(a.dir, 'course');
    await pick(first.page, '');
    await first.page.getByRole('textbox', { name: 'Judul kursus — Bahasa Indonesia', exact: true }).fill('Pelatihan Gratifikasi');
    await expect.poll(async () => (await courseIn(first.page)).title.id).toBe('Pelatihan Gratifikasi');
    // The draft is written a moment after the edit.
    await first.page.waitForTimeout(800);
    await first.close();

    const second = await run(a.dir, 'course');
    expect(second.port).toBe(first.port);
    await expect.poll(async () => (await courseIn(second.page)).title).toEqual({ id: 'Pelatihan Gratifikasi', en: 'My New Course' });
    expect(await second.restored()).toBe(1);
    await second.close();

    // Another course opened at that very address does not take the first one's draft.
    const other = await run(b.dir, Number(first.port));
    expect((await courseIn(other.page)).title).toEqual({ id: 'Kursus Baru Saya', en: 'My New Course' });
    expect(await other.restored()).toBe(0);
    await other.close();
  });
});
