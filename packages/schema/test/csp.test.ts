import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";

// The page a learner's browser would run: the browser entry, bundled alone, under a CSP without 'unsafe-eval'.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>validate under CSP</title>
<script type="module" src="/run.js"></script></head><body></body></html>`;
const RUN = `import { validate } from './bundle/index.js';
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
let evalBlocked = false;
try { (0, eval)('1'); } catch (e) { evalBlocked = e instanceof EvalError; }
const course = await (await fetch('/course.json')).text();
const valid = validate(course, { file: 'course.json' });
const broken = validate(course.replace('"next": "refused", "effects"', '"next": "refuse", "effects"'), { file: 'course.json' });
window.__result = { evalBlocked, violations, valid, broken };
`;

describe('validate() in Chromium under a strict Content-Security-Policy', () => {
  let dir: string;
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coursekit-csp-'));
    // platform "browser" with every dependency bundled: a Node built-in anywhere in the graph fails the build.
    await build({ entry: { index: join(root, 'src/index.ts') }, outDir: join(dir, 'bundle'), format: ['esm'], platform: 'browser', noExternal: [/.*/], dts: false, silent: true, splitting: false, sourcemap: false, esbuildOptions: (o) => { o.conditions = ['source', 'browser', 'module', 'import']; } });
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'run.js'), RUN);
    writeFileSync(join(dir, 'course.json'), readFileSync(join(root, 'test/corpus/valid/small.course.json')));
    server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0] === '/' ? '/index.html' : (request.url ?? '/').split('?')[0] as string;
      try {
        const body = readFileSync(join(dir, path));
        const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.json') ? 'application/json' : 'text/javascript';
        response.writeHead(200, { 'content-type': type, 'content-security-policy': CSP });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch(chromiumLaunchOptions);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('validates without eval: the valid course passes, the broken one reports CK203', async () => {
    const page = await browser.newPage();
    await page.goto(origin + '/');
    await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 30_000 });
    const result = (await page.evaluate(() => (window as unknown as { __result: unknown }).__result)) as {
      evalBlocked: boolean;
      violations: string[];
      valid: unknown[];
      broken: Array<{ code: string; line: number; hint?: string }>;
    };
    expect(result.evalBlocked).toBe(true);
    expect(result.valid).toEqual([]);
    expect(result.broken.map((d) => [d.code, d.line, d.hint])).toEqual([['CK203', 83, 'did you mean "refused"?']]);
    // The only violation is the test's own eval probe.
    expect(result.violations).toEqual(['script-src eval']);
    await page.close();
  }, 60_000);
});
