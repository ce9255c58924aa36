import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the screenshot script
import { playCourse } from '../../examples/integrity-ranger/scripts/play.mjs';
import { launchChromium, serveZip } from './browser';
import { examplesDir, loadExampleCourse } from './load';

const root = resolve(examplesDir, '..');
const cli = join(root, 'packages/cli/dist/bin.js');
const course = loadExampleCourse('integrity-ranger/course.json');
const successPaths = {
  'parcel-lebaran': ['lapor-upg', 'ajak-lapor', 'objektif'],
  'kado-pernikahan': ['lapor', 'pilah', 'tegas'],
  'uang-transport': ['tanya-sari', 'lapor-atasan'],
  'percepatan-izin': ['tolak-sopan', 'jelaskan', 'laporkan-calo'],
  'jamuan-vendor': ['tolak-resmi', 'nyatakan-mundur'],
};

describe('Integrity Ranger, built for the web, played to its certificate in Chromium', () => {
  const out = mkdtempSync(join(tmpdir(), 'coursekit-ir-'));
  let browser: Browser;
  let server: Server;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [cli, 'build', join(examplesDir, 'integrity-ranger/course.json'), '--target', 'web', '--out', join(out, 'web.zip'), '--quiet'], { stdio: 'pipe' });
    const served = await serveZip(readFileSync(join(out, 'web.zip')));
    server = served.server;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}/index.html`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('plays all 19 pages, five scenarios and the final assessment, then shows a pass and an IR certificate', async () => {
    const seen: string[] = [];
    await playCourse(page, course, { scenarioPaths: successPaths, onPage: async (id: string, when: string) => void (when === 'after' && seen.push(id)) });
    expect(seen).toHaveLength(19);
    const results = page.locator('ck-course-player');
    await results.getByText('Nilai kursus Bapak/Ibu 100%; batas lulus 80%.').waitFor();
    await results.getByRole('textbox', { name: 'Nama lengkap (dengan gelar)' }).fill('Siti Rahmawati');
    await results.getByRole('textbox', { name: 'NIP (18 angka)' }).fill('199001012015012001');
    await results.getByRole('textbox', { name: 'Unit kerja' }).fill('Inspektorat Jenderal');
    await results.locator('.identity button[type="submit"]').click();
    await expect.poll(() => results.getByText('Siti Rahmawati', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => results.getByText(/IR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/).count()).toBeGreaterThan(0);
    await expect.poll(() => results.getByText('Unit Pengendalian Gratifikasi — contoh').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
