import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '@coursekit/schema';
import { launchChromium, serveFolder } from './browser';
import { examplesDir, readExample } from './load';
// @ts-expect-error plain JavaScript module shared with the screenshot script
import { playScenario } from '../../examples/integrity-ranger/scripts/play.mjs';

const root = resolve(examplesDir, '..');
const bundle = join(root, 'packages/components/dist/coursekit.js');
const scenario = readExample<Scenario>('integrity-ranger/scenarios/parcel-lebaran.json');

describe('examples/embed/index.html in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    expect(existsSync(bundle), `${bundle} is missing: build @coursekit/components first (pnpm run build)`).toBe(true);
    const served = await serveFolder(root);
    server = served.server;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}/examples/embed/index.html`);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('plays the Lebaran parcel scenario to its success ending and logs every choice and the ending', async () => {
    const element = page.locator('ck-scenario');
    await element.getByRole('button', { name: 'Mulai skenario' }).click();
    await playScenario(element, scenario, ['lapor-upg', 'ajak-lapor', 'objektif']);
    await expect.poll(() => page.locator('#log li').allInnerTexts()).toEqual([
      'ck-choice parcel-lebaran: lapor-upg → integrity 75, trust 65',
      'ck-choice parcel-lebaran: ajak-lapor → integrity 85, trust 80',
      'ck-choice parcel-lebaran: objektif → integrity 95, trust 95',
      'ck-scenario-end akhir-teladan (success, 100/100) via lapor-upg → ajak-lapor → objektif',
    ]);
    expect(await page.locator('#outcome').innerText()).toBe('Selamat! Bapak/Ibu memilih jalan integritas. / Well done: you chose integrity.');
    await expect.poll(() => element.getByText('Teladan integritas').count()).toBeGreaterThan(0);
  });

  it('turns the micro cards with the next button and logs ck-card-change', async () => {
    const deck = page.locator('ck-micro-cards');
    await deck.getByText('Gratifikasi itu apa?').waitFor();
    await deck.getByRole('button', { name: /berikutnya|next/i }).first().click();
    await expect.poll(() => page.locator('#log li').last().innerText()).toBe('ck-card-change kapan-suap (2/9)');
  });

  it('raises no page errors and no ck-error', async () => {
    expect(errors).toEqual([]);
    expect((await page.locator('#log li').allInnerTexts()).filter((l) => l.startsWith('ck-error'))).toEqual([]);
  });
});

describe('examples/literasi-gratifikasi/index.html in Chromium', () => {
  let browser: Browser;
  let server: Server;

  let baseUrl = '';

  beforeAll(async () => {
    const served = await serveFolder(root);
    server = served.server;
    browser = await launchChromium();
    baseUrl = served.url;
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('switches the deck to English, and keeps the address on the card shown', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/examples/literasi-gratifikasi/index.html`);
    const deck = page.locator('ck-micro-cards');
    await deck.getByText('Gratifikasi itu apa?').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await deck.getByText('What is gratification?').waitFor();
    await deck.getByRole('button', { name: /next/i }).first().click();
    await expect.poll(() => page.locator('#status').innerText()).toBe('2 / 9');
    expect(new URL(page.url()).hash).toBe('#kapan-suap');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('opens on the card named in the address', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl}/examples/literasi-gratifikasi/index.html#30-hari-kerja`);
    await expect.poll(() => page.locator('ck-micro-cards').getByText('Kartu 4 dari 9').count()).toBe(1);
  });
});

describe('examples/embed/player.html in Chromium', () => {
  it('opens the whole player on a plain page and reports ck-ready and the learning events', async () => {
    const served = await serveFolder(root);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${served.url}/examples/embed/player.html`);
      await expect.poll(() => page.locator('#log li').first().innerText()).toBe('ck-ready integrity-ranger-parcel-lebaran (new, id)');
      await playScenario(page.locator('ck-scenario'), scenario, ['kembalikan', 'ajak-lapor', 'objektif'], 'id');
      await expect.poll(() => page.locator('#log li').allInnerTexts()).toEqual([
        'ck-ready integrity-ranger-parcel-lebaran (new, id)',
        'scenario-ended parcel-lebaran: akhir-teladan (success)',
        'course-completed',
      ]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      served.server.close();
    }
  });
});
