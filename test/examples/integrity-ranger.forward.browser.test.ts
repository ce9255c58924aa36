import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the screenshot script
import { playScenario, questionsById, takeQuiz } from '../../examples/integrity-ranger/scripts/play.mjs';
import { launchChromium, serveZip } from './browser';
import { examplesDir, loadExampleCourse } from './load';

const root = resolve(examplesDir, '..');
const cli = join(root, 'packages/cli/dist/bin.js');
const course = loadExampleCourse('integrity-ranger/course.json');
const scenarioPaths: Record<string, string[]> = {
  'parcel-lebaran': ['lapor-upg', 'ajak-lapor', 'objektif'],
  'kado-pernikahan': ['lapor', 'pilah', 'tegas'],
  'uang-transport': ['tanya-sari', 'lapor-atasan'],
  'percepatan-izin': ['tolak-sopan', 'jelaskan', 'laporkan-calo'],
  'jamuan-vendor': ['tolak-resmi', 'nyatakan-mundur'],
};
const title = (v: string | { [language: string]: string }) => (typeof v === 'string' ? v : v.id!);

describe('Integrity Ranger, played forward only: the learner is led to every required activity', () => {
  const out = mkdtempSync(join(tmpdir(), 'coursekit-forward-'));
  let browser: Browser;
  let server: Server;
  let url: string;
  let page: Page;
  const failed: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [cli, 'build', join(examplesDir, 'integrity-ranger/course.json'), '--target', 'web', '--out', join(out, 'web.zip'), '--quiet'], { stdio: 'pipe' });
    const served = await serveZip(readFileSync(join(out, 'web.zip')));
    server = served.server;
    url = served.url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`)));
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('finishes and passes the course pressing only Next, "Do it now", the activities\' own buttons and "Continue what is unfinished"', async () => {
    await page.goto(`${url}/index.html`);
    const player = page.locator('ck-course-player');
    const pager = player.getByRole('navigation', { name: 'Navigasi halaman' });
    await player.getByRole('heading', { level: 1 }).first().waitFor();
    // The launch asked for nothing that is not there: no favicon 404.
    expect(failed).toEqual([]);
    const questions = questionsById(course);
    const prompts: string[] = [];
    for (let step = 0; step < 120; step++) {
      // The results page is a chunk loaded when first shown: wait until the player shows a page,
      // a required activity's prompt or the results, whichever comes.
      await player.locator('#results-title, [part="required-prompt"], nav[aria-label="Navigasi halaman"] button.primary').first().waitFor();
      if (await player.locator('#results-title').count()) {
        const next = player.locator('[part="unfinished"] button').first();
        if (!(await next.count())) break;
        await next.click();
        continue;
      }
      const prompt = player.locator('[part="required-prompt"]');
      if (await prompt.count()) {
        prompts.push((await prompt.locator('#required-text').innerText()).trim());
        await prompt.getByRole('button', { name: 'Kerjakan sekarang', exact: true }).click();
        const scenario = player.locator('ck-scenario');
        if (await scenario.count()) {
          const id = (await scenario.getAttribute('scenario-id'))!;
          // "Kerjakan sekarang" put the focus on the scenario's start button.
          expect(await page.evaluate(() => {
            let a: Element | null = document.activeElement;
            while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
            return a?.getAttribute('part') ?? null;
          })).toBe('start');
          await playScenario(scenario, course.scenarios!.find((s) => s.id === id)!, scenarioPaths[id]!, 'id');
          await scenario.locator('[part="map"]').waitFor();
        } else {
          await takeQuiz(player.locator('ck-quiz'), questions, 'id');
        }
        continue;
      }
      await pager.locator('button.primary').click();
    }
    expect(prompts).toEqual([
      ...['parcel-lebaran', 'kado-pernikahan', 'uang-transport', 'percepatan-izin', 'jamuan-vendor'].map(
        (id) => `Skenario “${title(course.scenarios!.find((s) => s.id === id)!.title)}” di halaman ini wajib dimainkan sampai akhir untuk menyelesaikan kursus.`,
      ),
      `“${title(course.assessments![0]!.title)}” di halaman ini wajib dikerjakan dan dikirim untuk menyelesaikan kursus.`,
    ]);
    await player.getByText('Kursus selesai.', { exact: true }).waitFor();
    await player.getByText('Nilai kursus Bapak/Ibu 100%; batas lulus 80%.').waitFor();
    expect(await player.locator('[part="unfinished"]').count()).toBe(0);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);

  it('offers the one-page job aid in each language, and each prints on one A4 page', async () => {
    for (const resource of course.resources!) {
      const res = await fetch(`${url}/${resource.src}`);
      expect(res.status).toBe(200);
      const aid = await browser.newPage();
      await aid.setContent(await res.text());
      const pdf = (await aid.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      expect([resource.language, [...pdf.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length]).toEqual([resource.language, 1]);
      expect(await aid.locator('html').getAttribute('lang')).toBe(resource.language);
      expect(await aid.locator('h2').allInnerTexts()).toEqual(
        resource.language === 'id' ? ['1. Tolak — saat ditawari', '2. Catat — segera', '3. Laporkan — tepat waktu', 'Ke mana melapor'] : ['1. Refuse — when offered', '2. Record — at once', '3. Report — in time', 'Where to report'],
      );
      await aid.close();
    }
  }, 60_000);
});
