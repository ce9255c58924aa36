import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LearningEvent } from '@coursekit/engine';
import { StatementBuilder } from '@coursekit/xapi';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { course } from '../../packages/xapi/test/fixtures/course';
import { statementsIn } from '../../packages/xapi/test/lrs';
import { startLearningLocker, type RunningLrs } from '../../packages/xapi/test/servers/lrs';
import { launchChromium } from '../examples/browser';

/**
 * `<ck-scenario>` on a plain page with an xAPI tracker, in Chromium, against Learning Locker: the
 * LRS must hold every statement the player's tracker builds from the same learning events, the
 * closing `terminated` included (sent as the page goes away).
 */
const here = dirname(fileURLToPath(import.meta.url));
const ACTIVITY = 'https://learn.example.go.id/courses/scenario-page';

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve(here, '../..'),
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    build: { write: false, minify: false, target: 'es2022', lib: { entry: resolve(here, 'scenario-page/app.ts'), formats: ['es'], fileName: 'app' }, rollupOptions: { output: { inlineDynamicImports: true } } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = (outputs[0] as { output: Array<{ type: string; code?: string }> }).output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('the page bundle is empty');
  return chunk.code;
}

describe('<ck-scenario> with an xAPI tracker on a plain page, in Chromium', () => {
  let lrs: RunningLrs;
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const [started, code] = await Promise.all([startLearningLocker(), bundle()]);
    lrs = started;
    const files: Record<string, [string, string]> = {
      '/': ['text/html; charset=utf-8', '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Skenario</title><script type="module" src="/app.js"></script></head><body><main></main></body></html>'],
      '/app.js': ['text/javascript; charset=utf-8', code],
      '/course.json': ['application/json', JSON.stringify(course)],
    };
    server = createServer((req, res) => {
      const file = files[new URL(req.url ?? '/', 'http://x').pathname];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await lrs?.close();
  });

  it('delivers every statement the player would, from the start to the terminated sent as the page closes', async () => {
    const actor = { objectType: 'Agent' as const, name: 'Siti Rahmawati', mbox: 'mailto:siti.skenario@example.go.id' };
    const registration = crypto.randomUUID();
    const context = await browser.newContext();
    const page = await context.newPage();
    const query = new URLSearchParams({ endpoint: lrs.endpoint, actor: JSON.stringify(actor), registration });
    await page.goto(`${origin}/?${query}`);
    await page.locator('ck-scenario [part="start"]').waitFor();
    // One session, with an xAPI tracker and another, registers exactly one of each page listener.
    await expect.poll(() => page.evaluate(() => window.handed.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.lifecycleListeners)).toEqual({ pagehide: 1, visibilitychange: 1 });
    // Played by keyboard: start, then continue or the first choice, to an ending.
    await page.locator('ck-scenario [part="start"]').focus();
    await page.keyboard.press('Enter');
    for (let step = 0; step < 20 && !(await page.locator('ck-scenario [part="ending"]').count()); step++) {
      const next = page.locator('ck-scenario [part="continue"], ck-scenario [part="choice"]').first();
      await next.focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('ck-scenario [part="ending"]').count()).resolves.toBe(1);
    const handed = await page.evaluate(() => window.handed);
    // Leaving the page: the element's session terminates, and the queue goes with keepalive.
    await page.goto('about:blank');

    const builder = new StatementBuilder({ course, actor, registration, courseActivityId: ACTIVITY });
    const expected = [...handed.flatMap((e: LearningEvent) => builder.statementsFor(e)), builder.terminated(0, 0)].map((s) => `${s.verb.id} ${s.object.id}`);
    expect(handed.map((e) => e.type)).toEqual(expect.arrayContaining(['course-started', 'page-viewed', 'scenario-started', 'scenario-choice', 'scenario-ended']));
    let stored = await statementsIn(lrs.endpoint, registration);
    for (let i = 0; i < 100 && stored.length < expected.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stored = await statementsIn(lrs.endpoint, registration);
    }
    expect(stored.map((s) => `${s.verb.id} ${s.object.id}`).sort()).toEqual(expected.sort());
    expect(stored.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/answered')).toHaveLength(handed.filter((e) => e.type === 'scenario-choice').length);
    await context.close();
  });
});
