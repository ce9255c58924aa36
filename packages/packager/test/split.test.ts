import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { encodeSnapshot } from '@coursekit/codec';
import type { ResolvedCourse } from '@coursekit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../../../test/examples/browser';
import { buildPackage } from '../src/index';
import { courseDir, fakePlayerDir, RANGER, smallCourse } from './fixtures';
import { unzip } from './unzip';

// Integrity Ranger's packages carry the course split: a skeleton, and one part per module and
// language (where an LRS is told, with the texts its statements name in every language). The
// player fetches the skeleton and the part of the module and language it shows; the next
// module's part while the learner reads; the rest only when the learner goes there.

let work = '';
let browser: Browser;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ck-split-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

async function built(target: 'web' | 'scorm12' | 'cmi5'): Promise<{ dir: string; names: string[]; course: ResolvedCourse; skeleton: string }> {
  const zip = path.join(work, `${target}.zip`);
  await buildPackage({ course: RANGER, target, out: zip });
  const dir = path.join(work, target);
  const names = await unzip(zip, dir);
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const skeleton = /<meta name="coursekit:course" content="([^"]+)">/.exec(html)![1]!;
  return { dir, names, course: JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8')) as ResolvedCourse, skeleton };
}

const MODULES = ['apa-itu-gratifikasi', 'korupsi-kecil', 'skenario-hari-raya', 'skenario-layanan', 'penilaian-dan-sertifikat'];
/** A part's name without its content hash: `korupsi-kecil.id`. */
const partName = (file: string) => path.basename(file).replace(/^course\./, '').replace(/\.[0-9a-f]{10}\.json$/, '');

describe('the split course', () => {
  it('every target carries a skeleton and a part per module and language, the first page needing a third of the whole course', async () => {
    for (const target of ['web', 'scorm12', 'cmi5'] as const) {
      const { dir, names, skeleton } = await built(target);
      const parts = names.filter((n) => /^course\..+\.json$/.test(n) && n !== skeleton).map(partName).sort();
      expect(parts, target).toEqual(MODULES.flatMap((m) => [`${m}.en`, `${m}.id`]).sort());
      const html = await readFile(path.join(dir, 'index.html'), 'utf8');
      const first = names.find((n) => partName(n) === `${MODULES[0]}.id`)!;
      // Two languages: the page preloads the skeleton and the first module's part in the default language, which most learners read.
      expect([...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([skeleton, first]);
      // And the player's first load with the UI strings of the default language, which the first page waits for.
      expect([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!.replace(/-[0-9a-f]{8}\.js$/, '-<hash>.js'))).toEqual(['player/coursekit.js', 'player/strings-id-<hash>.js']);
      const size = async (n: string) => (await stat(path.join(dir, n))).size;
      const whole = await size('course.json');
      const firstPage = (await size(skeleton)) + (await size(first));
      // Measured on Integrity Ranger: 173,434 bytes whole; skeleton and first part 63,882 (web, SCORM) and 64,822
      // (cmi5, whose parts name questions and scenario choices in both languages for its statements).
      expect({ target, whole, firstPage }).toEqual({ target, whole: 173_434, firstPage: target === 'cmi5' ? 64_822 : 63_882 });
    }
  });

  it("a course of one language: the launch page preloads the first module's part beside the skeleton, which every learner reads", async () => {
    const text = (id: string) => ({ type: 'text', markdown: { id } });
    const c = await courseDir(
      smallCourse([], {
        title: { id: 'Kursus Kecil' },
        languages: ['id'],
        mastery: undefined,
        modules: [
          { id: 'm1', title: { id: 'Modul 1' }, pages: [{ id: 'p1', title: { id: 'Satu' }, blocks: [text('Satu.')] }] },
          { id: 'm2', title: { id: 'Modul 2' }, pages: [{ id: 'p2', title: { id: 'Dua' }, blocks: [text('Dua.')] }] },
        ],
      }),
    );
    try {
      const zip = path.join(c.base, 'web.zip');
      await buildPackage({ course: c.file, target: 'web', out: zip, playerDir: await fakePlayerDir(c.base) });
      const dir = path.join(c.base, 'web');
      const names = await unzip(zip, dir);
      const html = await readFile(path.join(dir, 'index.html'), 'utf8');
      const skeleton = /<meta name="coursekit:course" content="([^"]+)">/.exec(html)![1]!;
      expect([...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([skeleton, names.find((n) => partName(n) === 'm1.id')]);
    } finally {
      await c.cleanup();
    }
  });

  it('the first page fetches only its module in its language, the next module ahead; another language or module fetches its part then', async () => {
    const { dir, course, skeleton } = await built('web');
    const { url, server } = await serveFolder(dir);
    const fetched: string[] = [];
    server.on('request', (req: { url?: string }) => {
      const at = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
      if (/^course\..*json$/.test(at)) fetched.push(at === skeleton ? 'skeleton' : at === 'course.json' ? 'course.json' : partName(at));
    });
    // The offline cache would fetch every part at install; this test is about what the player asks for.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${url}/index.html`);
      const first = course.modules[0]!.pages[0]!;
      await page.locator('ck-course-player').getByRole('heading', { level: 1, name: (first.title as Record<string, string>).id!, exact: true }).waitFor();
      await expect.poll(() => fetched.length).toBe(3);
      expect([...fetched.slice(0, 2)].sort()).toEqual(['apa-itu-gratifikasi.id', 'skeleton']);
      expect(fetched[2]).toBe('korupsi-kecil.id');

      await page.getByLabel('Bahasa').selectOption('en');
      await page.getByRole('heading', { level: 1, name: (first.title as Record<string, string>).en!, exact: true }).waitFor();
      await expect.poll(() => fetched.slice(3)).toEqual(['apa-itu-gratifikasi.en', 'korupsi-kecil.en']);
      const block = first.blocks.find((b) => b.type === 'text') as { markdown: Record<string, string> };
      await page.getByText(block.markdown.en!.split('\n')[0]!.replace(/[*_`]/g, '').slice(0, 40)).first().waitFor();

      // Resumed on the fourth module's first page: that module's part first, then the next.
      const fourth = course.modules[3]!;
      const viewed = course.modules.slice(0, 3).flatMap((m) => m.pages.map((p) => p.id));
      const state = encodeSnapshot(course, {
        v: 1, courseId: course.id, courseVersion: course.version, seed: 7, language: 'id', pageId: fourth.pages[0]!.id, viewed,
        answers: {}, assessments: {}, scenarios: {}, completed: false, passed: null, certificateId: null, totalTimeMs: 0,
      });
      // Set from a page of the same origin without the player, which would save its own state as it closes.
      await page.goto(`${url}/course.json`);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`coursekit:${course.id}@${course.version}`, state]);
      fetched.length = 0;
      await page.goto(`${url}/index.html`);
      await page.getByRole('heading', { level: 1, name: (fourth.pages[0]!.title as Record<string, string>).id!, exact: true }).waitFor();
      // The page preloads the skeleton and the first module's part (in the default language); the
      // player asks for the fourth module's part, then the fifth ahead, then the earlier ones.
      await expect.poll(() => fetched.length).toBe(6);
      expect([...fetched.slice(0, 2)].sort()).toEqual(['apa-itu-gratifikasi.id', 'skeleton']);
      expect(fetched.slice(2)).toEqual(['skenario-layanan.id', 'penilaian-dan-sertifikat.id', 'korupsi-kecil.id', 'skenario-hari-raya.id']);

      // A learner who chose English, back on the first page: the page's preload of the default language's
      // first part is the one Indonesian part fetched; the player asks for the English ones.
      const english = encodeSnapshot(course, {
        v: 1, courseId: course.id, courseVersion: course.version, seed: 7, language: 'en', pageId: first.id, viewed: [first.id],
        answers: {}, assessments: {}, scenarios: {}, completed: false, passed: null, certificateId: null, totalTimeMs: 0,
      });
      await page.goto(`${url}/course.json`);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`coursekit:${course.id}@${course.version}`, english]);
      fetched.length = 0;
      await page.goto(`${url}/index.html`);
      await page.locator('ck-course-player').getByRole('heading', { level: 1, name: (first.title as Record<string, string>).en!, exact: true }).waitFor();
      await expect.poll(() => fetched.length).toBe(4);
      expect([...fetched.slice(0, 2)].sort()).toEqual(['apa-itu-gratifikasi.id', 'skeleton']);
      expect(fetched.slice(2)).toEqual(['apa-itu-gratifikasi.en', 'korupsi-kecil.en']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      server.close();
    }
  }, 120_000);
});
