import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '@coursekit/schema';
import { launchChromium } from './browser';
import { examplesDir, readExample } from './load';
// @ts-expect-error plain JavaScript module shared with the screenshot script
import { playScenario } from '../../examples/integrity-ranger/scripts/play.mjs';

/**
 * What a page gets that loads the bundles from a CDN, as the components README says: the page and
 * the bundles come from two origins. A stand-in for jsDelivr serves the package folder under
 * /npm/@coursekit/components@<version>/ with the CORS header jsDelivr sends; the page, on another
 * port (another origin), uses the README's addresses with only the host changed.
 */
const root = resolve(examplesDir, '..');
const components = join(root, 'packages/components');
const version = (JSON.parse(readFileSync(join(components, 'package.json'), 'utf8')) as { version: string }).version;
const readme = readFileSync(join(components, 'README.md'), 'utf8');
const cdnUrls = [...new Set([...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/@coursekit\/components@[^/\s"]+\/dist\/[\w-]+\.js/g)].map((m) => m[0]))];
const manifest = JSON.parse(readFileSync(join(components, 'custom-elements.json'), 'utf8')) as { modules: Array<{ declarations?: Array<{ tagName?: string; customElement?: boolean }> }> };
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
const scenario = readExample<Scenario>('integrity-ranger/scenarios/parcel-lebaran.json');
const courseFolder = join(examplesDir, 'integrity-ranger');

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

interface Cdn {
  origin: string;
  server: Server;
  requests: Array<{ path: string; status: number }>;
}

/** The jsDelivr stand-in: the package folder at /npm/@coursekit/components@<version>/, any origin allowed. */
async function startCdn(): Promise<Cdn> {
  const prefix = `/npm/@coursekit/components@${version}/`;
  const requests: Cdn['requests'] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(components, path.slice(prefix.length)));
    const found = path.startsWith(prefix) && file.startsWith(components + '/') && existsSync(file) && statSync(file).isFile();
    requests.push({ path, status: found ? 200 : 404 });
    if (!found) return void res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    const ext = file.slice(file.lastIndexOf('.'));
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=31536000, immutable' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, requests };
}

/** The page's own origin: the HTML pages, the course they play and its pictures; no script. */
async function startSite(pages: Record<string, string>): Promise<{ origin: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (pages[path] !== undefined) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    // The course and the pictures it names, from the course's folder.
    const file = normalize(join(courseFolder, decodeURIComponent(path)));
    if (!file.startsWith(courseFolder + '/') || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, requests };
}

const page = (script: string, title: string) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<script type="module" src="${script}"></script></head>
<body><main><h1>${title}</h1>
<ck-scenario src="parcel-lebaran.course.json" scenario-id="parcel-lebaran" lang="id"></ck-scenario>
</main></body></html>`;

async function axeViolations(p: Page): Promise<string[]> {
  await p.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('the bundles loaded from a CDN, on a page of another origin', () => {
  let cdn: Cdn;
  let site: Awaited<ReturnType<typeof startSite>>;
  let browser: Browser;
  const onCdn = (url: string) => url.replace('https://cdn.jsdelivr.net', cdn.origin);

  beforeAll(async () => {
    expect(existsSync(join(components, 'dist/coursekit.js')), 'build @coursekit/components first (pnpm run build)').toBe(true);
    cdn = await startCdn();
    const byFile = (file: string) => cdnUrls.find((u) => u.endsWith(`/dist/${file}`));
    site = await startSite({
      '/everything.html': page(onCdn(byFile('coursekit.js') ?? ''), 'Skenario dari CDN'),
      '/scenario-only.html': page(onCdn(byFile('ck-scenario.js') ?? ''), 'Satu skenario dari CDN'),
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    cdn?.server.close();
    site?.server.close();
  });

  it('the README gives a versioned address for coursekit.js and for ck-scenario.js, the version in the repository', () => {
    expect(cdnUrls.map((u) => u.replace(/components@[^/]+\//, 'components@V/')).sort()).toEqual([
      'https://cdn.jsdelivr.net/npm/@coursekit/components@V/dist/ck-scenario.js',
      'https://cdn.jsdelivr.net/npm/@coursekit/components@V/dist/coursekit.js',
    ]);
    for (const url of cdnUrls) expect(url).toContain(`@coursekit/components@${version}/`);
  });

  it.each([
    ['coursekit.js', '/everything.html'],
    ['ck-scenario.js', '/scenario-only.html'],
  ])('%s from the CDN plays the scenario to its ending, every script from the CDN, nothing missing, axe clean', async (file, path) => {
    cdn.requests.length = 0;
    site.requests.length = 0;
    const p = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    // The browser's own favicon request is not the bundles'.
    p.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url().replace(cdn.origin, 'CDN').replace(site.origin, 'SITE')}`));
    try {
      await p.goto(`${site.origin}${path}`);
      const element = p.locator('ck-scenario');
      await element.getByRole('button', { name: 'Mulai skenario' }).click();
      await playScenario(element, scenario, ['lapor-upg', 'ajak-lapor', 'objektif']);
      await expect.poll(() => element.getByText('Teladan integritas').count()).toBeGreaterThan(0);
      expect(await axeViolations(p)).toEqual([]);
      expect(errors).toEqual([]);
      expect(cdn.requests.filter((r) => r.status !== 200)).toEqual([]);
      expect(cdn.requests[0]!.path).toBe(`/npm/@coursekit/components@${version}/dist/${file}`);
      expect(site.requests.filter((r) => !r.startsWith('/assets/') && r !== '/favicon.ico').sort()).toEqual([path, '/parcel-lebaran.course.json'].sort());
      expect(site.requests.filter((r) => r.endsWith('.js'))).toEqual([]);
      const defined = await p.evaluate((names) => names.filter((n) => customElements.get(n) !== undefined), tags);
      // coursekit.js defines an element the first time the page shows it, from its chunks on the CDN: here the one scenario.
      if (file === 'coursekit.js') expect(defined).toEqual(['ck-scenario']);
      else expect(defined).toContain('ck-scenario');
      if (file === 'ck-scenario.js') expect(defined).not.toContain('ck-course-player');
    } finally {
      await p.close();
    }
  });
});
