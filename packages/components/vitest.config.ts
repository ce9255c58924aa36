import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';
import { chromiumLaunchOptions } from '../../chromium.mjs';

/** A free loopback port, from the OS. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const port = await freePort();

/** The files `serveBundle` was asked for, in order, until `servedBundleFiles` takes them. */
const served: string[] = [];
/** The route `serveBundle` set last: each call replaces it. */
let bundleRoute: { context: import('playwright').BrowserContext; matches: (url: URL) => boolean; handler: (route: import('playwright').Route) => void } | null = null;

/** Requests held back by the `holdRequests` command, by the pattern that holds them. */
const held = new Map<string, { matches: (url: URL) => boolean; handler: (route: import('playwright').Route) => void; routes: import('playwright').Route[] }>();

// Every component test runs in Chromium: keyboard, focus, pointer input and axe need a real browser.
export default mergeConfig(
  shared,
  defineConfig({
    optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', 'lit/directives/keyed.js', 'axe-core'] },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      browser: {
        enabled: true,
        headless: true,
        api: { host: '127.0.0.1', port, strictPort: false },
        screenshotFailures: false,
        provider: playwright({
          launchOptions: chromiumLaunchOptions,
        }),
        instances: [{ browser: 'chromium' }],
        commands: {
          /**
           * Clicks the PDF button of the `ck-certificate` matching `selector` in the test's frame as a
           * learner would, waits for Chromium's download, and returns its file name and the text of
           * each page as PDF.js (the Node build of pdfjs-dist) reads it.
           */
          async downloadCertificatePdf(ctx, selector: string) {
            const c = ctx as unknown as { page: import('playwright').Page; frame(): Promise<import('playwright').Frame> };
            const frame = await c.frame();
            const [download] = await Promise.all([c.page.waitForEvent('download', { timeout: 30_000 }), frame.locator(selector).locator('button[part="download"]').click()]);
            const { readFile } = await import('node:fs/promises');
            const bytes = new Uint8Array(await readFile((await download.path())!));
            const header = new TextDecoder().decode(bytes.slice(0, 5));
            // PDF.js calls Promise.withResolvers, which Node has only from 22; CourseKit supports Node 20.
            const P = Promise as unknown as { withResolvers?: () => unknown };
            P.withResolvers ??= () => {
              let resolve: unknown, reject: unknown;
              const promise = new Promise((yes, no) => ((resolve = yes), (reject = no)));
              return { promise, resolve, reject };
            };
            const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
            const fonts = new URL('./node_modules/pdfjs-dist/standard_fonts/', import.meta.url).pathname;
            const task = pdfjs.getDocument({ data: bytes.slice(), standardFontDataUrl: fonts });
            const doc = await task.promise;
            const pages: string[] = [];
            for (let i = 1; i <= doc.numPages; i++) {
              const page = await doc.getPage(i);
              const content = await page.getTextContent();
              pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
            }
            const [w, h] = (await doc.getPage(1)).view.slice(2);
            await task.destroy();
            return { fileName: download.suggestedFilename(), header, pages, size: [w, h] };
          },
          /**
           * Prints a page of the test server to PDF, as Chromium's print dialog would on `format`
           * paper in landscape, once the page sets window.__printReady. Returns each PDF page's size
           * in points, and the text still rendered under print media outside `ck-certificate`
           * (light DOM and the player's shadow root; a 1 px visually hidden live region does not
           * count), which should be none. (Printing to PDF fires
           * `afterprint`, which puts the page back, so the media check comes first.)
           */
          async printToPdf(ctx, path: string, format: 'A4' | 'Letter') {
            const context = (ctx as unknown as { context: import('playwright').BrowserContext }).context;
            const page = await context.newPage();
            try {
              await page.goto(new URL(path, (ctx as unknown as { page: import('playwright').Page }).page.url()).href);
              await page.waitForFunction(() => (window as { __printReady?: boolean }).__printReady === true, undefined, { timeout: 20_000 });
              await page.emulateMedia({ media: 'print' });
              const printed = await page.evaluate(() => {
                const shown = (root: ParentNode) =>
                  [...root.querySelectorAll<HTMLElement>('*')]
                    .filter((e) => e.localName !== 'ck-certificate' && !e.querySelector('ck-certificate') && !['script', 'style'].includes(e.localName) && e.checkVisibility() && e.getBoundingClientRect().width > 1 && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
                    .map((e) => e.textContent!.trim());
                const player = document.querySelector('ck-course-player')!;
                const cert = player.shadowRoot!.querySelector('ck-certificate');
                return { outside: [...shown(document.body), ...shown(player.shadowRoot!)], certificate: !!cert && cert.checkVisibility() && cert.getBoundingClientRect().height > 0 };
              });
              const pdf = (await page.pdf({ format, landscape: true, printBackground: true })).toString('latin1');
              const pages = [...pdf.matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[3]), Number(m[4])]);
              return { pages, ...printed };
            } finally {
              await page.close();
            }
          },
          /**
           * What a bundler makes for an npm user who imports one entry point of the package
           * (`@coursekit/components/<entry>`): the minified code and its gzip size.
           */
          async bundleEntry(_ctx, entry: string) {
            const { build } = await import('esbuild');
            const { gzipSync } = await import('node:zlib');
            const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
            const { tmpdir } = await import('node:os');
            const { join } = await import('node:path');
            const { minifyTemplatesPlugin } = await import('./scripts/minify-templates.mjs');
            const options: import('esbuild').BuildOptions & { write: false } = {
              bundle: true,
              minify: true,
              format: 'esm',
              target: 'es2022',
              write: false,
              legalComments: 'none',
              conditions: ['source', 'production', 'browser', 'module', 'import'],
              plugins: [minifyTemplatesPlugin],
            };
            const contents = `import '@coursekit/components/${entry}';`;
            const resolveDir = new URL('.', import.meta.url).pathname;
            // The whole code, in one file: what the elements need, for running it in a frame.
            const r = await build({ ...options, stdin: { contents, resolveDir, loader: 'js' } });
            const code = r.outputFiles[0]!.text;
            // What loads first: bundlers split import() into chunks loaded on demand (the
            // certificate's PDF generator and QR encoder), so the entry and its static imports count.
            const dir = await mkdtemp(join(tmpdir(), 'ck-entry-'));
            try {
              const file = join(resolveDir, `.entry-${entry}.mjs`);
              await writeFile(file, contents);
              const split = await build({ ...options, entryPoints: [file], splitting: true, outdir: dir, metafile: true }).finally(() => rm(file, { force: true }));
              const base = (path: string) => path.split('/').pop()!;
              const imports = new Map(Object.entries(split.metafile!.outputs).map(([path, o]) => [base(path), o.imports]));
              const byPath = new Map(split.outputFiles!.map((f) => [base(f.path), f.text]));
              const first = new Set<string>();
              const visit = (name: string): void => {
                if (first.has(name)) return;
                first.add(name);
                for (const i of imports.get(name) ?? []) if (i.kind === 'import-statement') visit(base(i.path));
              };
              visit(`.entry-${entry}.js`);
              const firstLoad = [...first].map((n) => byPath.get(n)!).join('');
              return { code, gzip: gzipSync(firstLoad, { level: 9 }).length };
            } finally {
              await rm(dir, { recursive: true, force: true });
            }
          },
          /**
           * Builds a bundle of scripts/bundles.mjs as `pnpm build` writes it (esbuild with the bundle
           * plugins, Rollup, terser) and serves its files to the test frame's page at
           * `<origin>/__bundles/<name>/<file>`, as they lie in dist/ (the entry, its chunks in the
           * folder beside it), recording each request (`servedBundleFiles`). A file holding a module
           * whose path contains `abort` fails as a lost connection does. Returns the entry's address
           * and each file's path with the modules it holds.
           */
          async serveBundle(ctx, name: string, origin: string, abort?: string) {
            const page = (ctx as unknown as { page: import('playwright').Page }).page;
            const { BUNDLES, buildBundle } = await import('./scripts/bundles.mjs');
            const built = await buildBundle(BUNDLES.find((b) => b.name === name)!);
            const base = `${origin}/__bundles/${name}/`;
            const byPath = new Map(built.files.map((f) => [f.path, f]));
            if (bundleRoute) await bundleRoute.context.unroute(bundleRoute.matches, bundleRoute.handler);
            bundleRoute = {
              context: page.context(),
              matches: (url) => url.href.startsWith(`${origin}/__bundles/`),
              handler: (route) => {
                const path = route.request().url().slice(base.length);
                const file = byPath.get(path);
                served.push(path);
                if (file && abort && Object.keys(file.inputs).some((i) => i.includes(abort))) return void route.abort('internetdisconnected');
                return void (file ? route.fulfill({ contentType: 'text/javascript', body: file.code }) : route.fulfill({ status: 404 }));
              },
            };
            await page.context().route(bundleRoute.matches, bundleRoute.handler);
            served.length = 0;
            return { entry: `${base}${built.entry}`, files: built.files.map((f) => ({ path: f.path, modules: Object.keys(f.inputs) })) };
          },
          /** The paths of the files `serveBundle` served (or failed) since the last call, in order. */
          async servedBundleFiles() {
            return served.splice(0);
          },
          /**
           * Holds back the test frame's requests whose URL matches `pattern` (a RegExp source), as a
           * slow network would, until `releaseRequests` lets them through or fails them.
           */
          async holdRequests(ctx, pattern: string) {
            const page = (ctx as unknown as { page: import('playwright').Page }).page;
            const matcher = new RegExp(pattern);
            // A predicate, not the RegExp: Playwright does not take a RegExp made in this config's realm.
            const hold = { matches: (url: URL) => matcher.test(url.href), routes: [] as import('playwright').Route[], handler: (route: import('playwright').Route) => void hold.routes.push(route) };
            held.set(pattern, hold);
            await page.context().route(hold.matches, hold.handler);
          },
          /**
           * Once `holdRequests(pattern)` holds `expected` requests (default 1; it waits up to 10 s for
           * them: requests a page makes together reach the network one by one on a busy machine),
           * lets those it held go on (`continue`) or fails them as a lost connection does (`abort`);
           * later ones are no longer held. Returns how many it held.
           */
          async releaseRequests(ctx, pattern: string, how: 'continue' | 'abort', expected = 1) {
            const page = (ctx as unknown as { page: import('playwright').Page }).page;
            const hold = held.get(pattern);
            if (!hold) throw new Error(`releaseRequests: nothing holds ${pattern}`);
            for (let waited = 0; hold.routes.length < expected && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
            held.delete(pattern);
            const routes = hold.routes.splice(0);
            for (const route of routes) await (how === 'abort' ? route.abort('internetdisconnected') : route.continue());
            await page.context().unroute(hold.matches, hold.handler);
            return routes.length;
          },
          /** A fresh custom-elements manifest and reference page beside the committed ones (drift test). */
          async componentsReference() {
            const { analyze } = await import('./scripts/cem.mjs');
            const { componentsMarkdown, docsPath } = await import('./scripts/components-doc.mjs');
            const manifest = analyze();
            const read = (path: string) => {
              try {
                return readFileSync(path, 'utf8');
              } catch {
                return '';
              }
            };
            const { frameworkFiles } = await import('./scripts/frameworks.mjs');
            const integrations = Object.entries(frameworkFiles(manifest) as Record<string, string>).map(([path, text]) => ({ path, text, committed: read(new URL(`./${path}`, import.meta.url).pathname) }));
            return { manifest, committedManifest: read(new URL('./custom-elements.json', import.meta.url).pathname), markdown: componentsMarkdown(manifest), committedMarkdown: read(docsPath), integrations };
          },
        },
      },
    },
  }),
);
