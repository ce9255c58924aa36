import { writeFileSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the screenshot script
import { playCourse } from '../../../examples/integrity-ranger/scripts/play.mjs';
import { serveFolder } from '../../../test/examples/browser';
import { unzip } from '../../packager/test/unzip';
import { axe, courseIn, root, pick, row, studioOnInitCourse } from './studio-browser';

const shots = path.join(root, 'docs/getting-started/studio');

// An instructional designer's first course, in Studio only: from `coursekit init`, a page with a
// multiple-choice question and a scenario with three endings and a variable; saved, built for
// SCORM 1.2 and played under scorm-again. The screenshots of the guide are taken on the way.
describe('Studio journey: a course made in Studio, built for SCORM 1.2, played under scorm-again', () => {
  const s = studioOnInitCourse({ width: 1280, height: 800 });
  let server: Server | undefined;
  afterAll(() => void server?.close());

  // The guide's screenshots are taken again only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the checkout as it was.
  const shot = async (name: string) => {
    const png = await s.page.screenshot();
    if (process.env.UPDATE_SCREENSHOTS === '1') writeFileSync(path.join(shots, `${name}.png`), png);
  };
  /** Types into the field whose label is `name`, as the designer does (text fields and Markdown editors). */
  const type = async (name: string, text: string, n = 0) => {
    const field = s.page.getByRole('textbox', { name, exact: true }).nth(n);
    await field.fill(text);
  };

  it('adds a page with a multiple-choice question', async () => {
    const { page } = s;
    await pick(page, '/modules/1');
    await page.getByRole('button', { name: 'Tambah halaman' }).click();
    await pick(page, '/modules/1/pages/2');
    await type('ID halaman (wajib)', 'kasus-kantor');
    await type('Judul halaman — Bahasa Indonesia', 'Kasus di kantor');
    await type('Judul halaman — English', 'A case at the office');
    await page.getByRole('combobox', { name: 'Jenis blok' }).selectOption('question');
    await page.getByRole('button', { name: 'Tambah blok' }).click();
    await type('ID soal (wajib)', 'q-parsel');
    await type('Pertanyaan — Bahasa Indonesia', 'Seorang rekanan mengirim parsel ke rumah Anda. Apa yang Anda lakukan?');
    await type('Pertanyaan — English', 'A contractor sends a parcel to your home. What do you do?');
    await type('Teks pilihan — Bahasa Indonesia', 'Menolak dan melapor ke UPG', 0);
    await type('Teks pilihan — English', 'Refuse it and report to the UPG', 0);
    await type('Teks pilihan — Bahasa Indonesia', 'Menerima karena nilainya kecil', 1);
    await type('Teks pilihan — English', 'Accept it, it is small', 1);
    await expect.poll(async () => (await courseIn(page)).modules[1].pages[2].blocks[1].question.choices[1].text.en).toBe('Accept it, it is small');
    await page.waitForTimeout(700);
    await shot('02-question');
    expect(await axe(page)).toEqual([]);
  });

  it('adds a scenario with three endings and a variable, and puts it on the page', async () => {
    const { page } = s;
    await pick(page, '/scenarios');
    await page.getByRole('button', { name: 'Tambah skenario' }).click();
    await type('Judul — Bahasa Indonesia', 'Parsel dari rekanan');
    await type('Judul — English', 'A parcel from a contractor');
    await page.getByRole('button', { name: 'Tambah Variabel' }).click();
    await type('Nama variabel (wajib)', 'integritas');
    await type('Label — Bahasa Indonesia', 'Integritas');
    await type('Label — English', 'Integrity');
    await page.getByRole('button', { name: 'Sunting simpul start', exact: true }).click();
    await page.getByRole('textbox', { name: 'Teks pilihan baru' }).fill('Bertanya ke atasan');
    await page.getByRole('combobox', { name: 'Jenis simpul tujuan' }).selectOption('ending');
    await page.getByRole('button', { name: 'Tambah pilihan dan simpul tujuannya' }).click();
    await page.getByRole('button', { name: 'Sunting simpul start', exact: true }).click();
    // The first choice raises the variable.
    await page.getByRole('button', { name: 'Tambah Efek' }).nth(1).click();
    await type('Variabel (wajib)', 'integritas');
    await page.getByRole('spinbutton', { name: 'Nilai (wajib)' }).fill('10');
    const scenario = () => courseIn(page).then((c) => c.scenarios[1]);
    await expect.poll(async () => (await scenario()).nodes[0].choices[0].effects).toEqual([{ variable: 'integritas', op: 'add', value: 10 }]);
    const nodes = (await scenario()).nodes as { type: string; id: string }[];
    expect(nodes.filter((n) => n.type === 'ending').map((n) => n.id)).toEqual(['ending-a', 'ending-b', 'start-ending']);
    expect((await scenario()).variables).toEqual([{ name: 'integritas', label: { id: 'Integritas', en: 'Integrity' }, initial: 0 }]);
    await page.getByRole('heading', { name: 'Peta skenario' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
    await shot('03-scenario');
    expect(await axe(page)).toEqual([]);

    await pick(page, '/modules/1/pages/2');
    await page.getByRole('combobox', { name: 'Jenis blok' }).selectOption('scenario');
    await page.getByRole('button', { name: 'Tambah blok' }).click();
    await type('Skenario (wajib)', 'scenario');
    await expect.poll(async () => (await courseIn(page)).modules[1].pages[2].blocks.map((b: { type: string }) => b.type)).toEqual(['text', 'question', 'scenario']);
    await expect.poll(() => page.locator('ck-studio-problems').getByText('0 galat').count(), { timeout: 10_000 }).toBe(1);
    await pick(page, '/modules/1/pages/2');
    await page.waitForTimeout(900);
    await shot('01-studio');
  });

  it('saves with Ctrl+S, builds for SCORM 1.2 from the build dialog, and the package plays under scorm-again', async () => {
    const { page } = s;
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Tersimpan: 1 berkas.' }).waitFor();
    const saved = JSON.parse(await readFile(path.join(s.folder, 'course.json'), 'utf8'));
    expect(saved).toEqual(await courseIn(page));
    // The course as saved, but for the schema's path (which depends on where the folder is): the
    // getting-started guide quotes it.
    const { $schema: _, ...course } = saved;
    await expect(`${JSON.stringify(course, null, 2)}\n`).toMatchFileSnapshot('fixtures/journey.course.json');

    await page.getByRole('button', { name: 'Bangun paket' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bangun paket' });
    expect(await dialog.getByRole('checkbox', { name: 'SCORM 1.2' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Mulai membangun' }).click();
    const output = dialog.locator('ul li').first();
    await output.waitFor({ timeout: 60_000 });
    await shot('04-build');
    expect(await axe(page)).toEqual([]);
    const zip = path.resolve(s.folder, (await output.textContent())!.trim());
    expect(zip).toMatch(/\.zip$/);

    // The LMS: scorm-again as window.API, the package's launch page in a frame.
    const dir = path.join(path.dirname(zip), 'lms');
    await unzip(zip, path.join(dir, 'pkg'));
    const require = createRequire(import.meta.url);
    await copyFile(path.join(path.dirname(require.resolve('scorm-again')), 'scorm12.min.js'), path.join(dir, 'scorm12.min.js'));
    await writeFile(
      path.join(dir, 'lms.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><script src="scorm12.min.js"></script>
<script>window.API = new Scorm12API({ logLevel: 5, autocommit: false }); window.API.loadFromFlattenedJSON({ 'cmi.core.student_id': 'ASN-1', 'cmi.core.student_name': 'Rahmawati, Siti' });</script></head>
<body style="margin:0"><iframe id="course" title="Course" src="pkg/index.html" style="width:1280px;height:900px;border:0"></iframe></body></html>`,
    );
    const served = await serveFolder(dir);
    server = served.server;
    const lms = await s.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await lms.goto(`${served.url}/lms.html`);
    await playCourse(lms.frameLocator('#course'), saved, { scenarioPaths: { hadiah: ['tolak'], scenario: ['a'] } });
    await lms.evaluate(() => ((document.getElementById('course') as HTMLIFrameElement).src = 'about:blank'));
    const cmi = () => lms.evaluate(() => (window as unknown as { API: { getFlattenedCMI(): Record<string, string> } }).API.getFlattenedCMI());
    await expect.poll(async () => (await cmi())['cmi.core.lesson_status']).toBe('passed');
    expect(Object.entries(await cmi()).filter(([k, v]) => /^cmi\.interactions\.\d+\.id$/.test(k) && v === 'q-parsel')).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });
});
