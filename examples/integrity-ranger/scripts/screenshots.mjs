#!/usr/bin/env node
// Screenshots of Integrity Ranger for the docs, taken in real Chromium at desktop (1280×800) and
// phone (360×740) width while the course is played the way a learner plays it.
//
//   pnpm run build                                        # the CLI, the player and the components bundle
//   node examples/integrity-ranger/scripts/screenshots.mjs [--out docs/screenshots]
//
// The course is built for the web target with the CLI and served from the zip on 127.0.0.1 (a port
// the OS picks); the micro cards are served from the repository. Nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { playCourse, playScenario, LABELS } from './play.mjs';
import { chromiumLaunchOptions } from '../../../chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const outArg = process.argv.indexOf('--out');
const outDir = resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'docs/screenshots');
// jszip is a dev dependency of the journeys package (test/), which reads built packages the same way.
const JSZip = createRequire(join(root, 'test/package.json'))('jszip');

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
};
const SUCCESS_PATHS = {
  'parcel-lebaran': ['lapor-upg', 'ajak-lapor', 'objektif'],
  'kado-pernikahan': ['lapor', 'pilah', 'tegas'],
  'uang-transport': ['tanya-sari', 'lapor-atasan'],
  'percepatan-izin': ['tolak-sopan', 'jelaskan', 'laporkan-calo'],
  'jamuan-vendor': ['tolak-resmi', 'nyatakan-mundur'],
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.css': 'text/css', '.map': 'application/json' };

function listen(handler) {
  const server = createServer(handler);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

async function serveZip(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(`/${entry.name}`, await entry.async('nodebuffer'));
  return listen((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const body = files.get(path);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
}

async function serveFolder(folder) {
  return listen((req, res) => {
    const file = normalize(join(folder, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(folder)) return res.writeHead(403).end();
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
}

/** The course with its $includes resolved, as the player receives it. */
function loadCourse() {
  const dir = join(root, 'examples/integrity-ranger');
  const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const course = read('course.json');
  const include = (x) => (x.$include ? read(x.$include) : x);
  return { ...course, modules: course.modules.map(include), scenarios: course.scenarios.map(include) };
}

/** A screenshot of the viewport, scrolled to `locator` if given; with `whole`, of that element alone, however tall. */
async function shoot(page, name, viewport, locator, { whole = false } = {}) {
  if (locator) await locator.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300); // let meters and focus rings settle (reduced motion is on)
  const path = join(outDir, `${name}-${viewport}.png`);
  if (whole) await locator.screenshot({ path });
  else await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

const work = mkdtempSync(join(tmpdir(), 'coursekit-screenshots-'));
const browser = await chromium.launch(chromiumLaunchOptions);
const servers = [];
try {
  mkdirSync(outDir, { recursive: true });
  const zip = join(work, 'web.zip');
  execFileSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'build', join(root, 'examples/integrity-ranger/course.json'), '--target', 'web', '--out', zip, '--quiet'], { stdio: 'inherit' });
  const course = loadCourse();
  const player = await serveZip(zip);
  const repo = await serveFolder(root);
  servers.push(player.server, repo.server);
  const parcel = course.scenarios.find((s) => s.id === 'parcel-lebaran');

  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce', locale: 'id-ID' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`${player.url}/index.html`);

    await playCourse(page, course, {
      scenarioPaths: SUCCESS_PATHS,
      onPage: async (pageId, when) => {
        if (pageId === 'selamat-datang' && when === 'before') await shoot(page, '01-welcome', viewport);
        if (pageId === 'pengertian-gratifikasi' && when === 'before') await shoot(page, '02-legal-basis', viewport, page.locator('ck-callout').first());
        if (pageId === 'lapor-30-hari-kerja' && when === 'after') await shoot(page, '03-knowledge-check', viewport, page.locator('ck-question[question-id="kc-batas-waktu"]'));
        if (pageId === 'skenario-parcel-lebaran' && when === 'before') {
          const element = page.locator('ck-scenario[scenario-id="parcel-lebaran"]');
          await playScenario(element, parcel, []); // up to the first choice
          await shoot(page, '04-scenario-choice', viewport, element.getByRole('button').first());
        }
        if (pageId === 'skenario-parcel-lebaran' && when === 'after') {
          const ending = page.locator('ck-scenario [part="ending"]');
          await shoot(page, '05-scenario-ending', viewport, ending.locator('.ending-title'));
          await shoot(page, '10-scenario-map', viewport, ending.locator('[part="map"]'));
        }
        if (pageId === 'penilaian' && when === 'before') {
          const quiz = page.locator('ck-quiz');
          await quiz.getByRole('button', { name: LABELS.startQuiz, exact: true }).click();
          await shoot(page, '06-assessment', viewport, quiz.locator('ck-question').first());
        }
      },
    });
    const results = page.locator('ck-course-player');
    await results.getByRole('textbox', { name: 'Nama lengkap (dengan gelar)' }).fill('Siti Rahmawati, S.E.');
    await results.getByRole('textbox', { name: 'NIP (18 angka)' }).fill('19900101 201501 2 001');
    await results.getByRole('textbox', { name: 'Unit kerja' }).fill('Inspektorat Kabupaten Sukamaju');
    await results.locator('.identity button[type="submit"]').click();
    await results.getByText('Data tersimpan.').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, '07-results', viewport);
    await shoot(page, '08-certificate', viewport, page.locator('ck-certificate'), { whole: true });
    await page.evaluate(() => document.querySelector('ck-course-player').showAid('glossary'));
    await results.getByRole('heading', { level: 1, name: 'Glosarium' }).waitFor();
    await shoot(page, '11-glossary', viewport);

    await page.goto(`${repo.url}/examples/literasi-gratifikasi/index.html#30-hari-kerja`);
    await page.locator('ck-micro-cards').getByText('Kartu 4 dari 9').waitFor();
    await shoot(page, '09-micro-cards', viewport);
    await context.close();
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
  rmSync(work, { recursive: true, force: true });
}
