import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGSHIP } from './helpers';
import { axe, courseIn, focused, openStudio, pick, row, type StudioSession } from './studio-browser';

/** Every file of the course (JSON only), path → text. */
async function texts(folder: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(path.join(folder, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, e.name);
      if (e.isDirectory()) await walk(rel);
      else if (e.name.endsWith('.json')) out.set(rel, await readFile(path.join(folder, rel), 'utf8'));
    }
  };
  await walk('');
  return out;
}

const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return { lengths: [x.length, y.length], lines: x.flatMap((line, i) => (line === y[i] ? [] : [[line, y[i]]])) };
};

// Saving from Studio on a copy of the flagship course (a course file and five included module files).
describe('Studio saving, on Integrity Ranger', () => {
  let s: StudioSession;
  let before: Map<string, string>;
  beforeAll(async () => {
    s = await openStudio(FLAGSHIP);
    before = await texts(s.folder);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('saves nothing when nothing was edited', async () => {
    await s.page.keyboard.press('Control+s');
    await s.page.getByRole('status').filter({ hasText: 'Tidak ada perubahan untuk disimpan.' }).waitFor();
    expect(await texts(s.folder)).toEqual(before);
  });

  it('writes one line of one included file when one title is edited', async () => {
    const { page } = s;
    await pick(page, '/modules/0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await row(page, '/modules/0/pages/0').getAttribute('aria-selected')).toBe('true');
    await page.getByRole('textbox', { name: 'Judul halaman — English', exact: true }).fill('Welcome, Integrity Rangers');
    await page.getByRole('heading', { name: 'Halaman: Selamat datang, Integrity Ranger' }).waitFor();
    await expect.poll(() => page.getByText('1 berkas belum disimpan').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    // The preview opened the page and its player focused its heading, yet focus stays in the form.
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'Judul halaman — English' });
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Tersimpan: 1 berkas.' }).waitFor();
    const after = await texts(s.folder);
    const changed = [...after].filter(([p, t]) => before.get(p) !== t).map(([p]) => p);
    expect(changed).toEqual(['modules/01-apa-itu-gratifikasi.json']);
    expect(changedLines(before.get(changed[0]!)!, after.get(changed[0]!)!)).toEqual({
      lengths: [before.get(changed[0]!)!.split('\n').length, before.get(changed[0]!)!.split('\n').length],
      lines: [['      "title": { "id": "Selamat datang, Integrity Ranger", "en": "Welcome, Integrity Ranger" },', '      "title": { "id": "Selamat datang, Integrity Ranger", "en": "Welcome, Integrity Rangers" },']],
    });
    before = after;
  });

  it('shows a banner when a file being edited changes on disk, and keeps the edits when asked', async () => {
    const { page } = s;
    await page.getByRole('textbox', { name: 'Judul halaman — Bahasa Indonesia', exact: true }).fill('Selamat datang, Penjaga Integritas');
    await expect.poll(() => page.getByText('1 berkas belum disimpan').count()).toBe(1);
    // The live preview plays the page being edited, unsaved change included, at phone width when asked.
    const preview = page.frameLocator('iframe[title="Pratinjau pemutar kursus"]');
    await preview.getByRole('heading', { level: 1, name: 'Selamat datang, Penjaga Integritas' }).waitFor();
    await page.getByRole('button', { name: 'Ponsel' }).click();
    expect(await page.locator('iframe[title="Pratinjau pemutar kursus"]').evaluate((f) => f.getBoundingClientRect().width)).toBe(360);
    expect(await page.getByRole('button', { name: 'Ponsel' }).getAttribute('aria-pressed')).toBe('true');
    const file = path.join(s.folder, 'modules/01-apa-itu-gratifikasi.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"1. What is gratification?"', '"1. What gratification is"'));
    const banner = page.getByRole('alert');
    await banner.getByText('Berkas diubah di luar Studio: modules/01-apa-itu-gratifikasi.json.').waitFor();
    expect(await axe(page)).toEqual([]);
    await banner.getByRole('button', { name: 'Pertahankan suntingan saya' }).click();
    expect(await banner.count()).toBe(0);
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Tersimpan: 1 berkas.' }).waitFor();
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('"id": "Selamat datang, Penjaga Integritas"');
    expect(saved).toContain('"en": "1. What is gratification?"');
  });

  it('reloads a file from disk when asked, dropping the edits made to it', async () => {
    const { page } = s;
    await page.getByRole('textbox', { name: 'Judul halaman — Bahasa Indonesia', exact: true }).fill('Halo');
    await expect.poll(() => page.getByText('1 berkas belum disimpan').count()).toBe(1);
    const file = path.join(s.folder, 'modules/01-apa-itu-gratifikasi.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"Selamat datang, Penjaga Integritas"', '"Selamat datang di kelas"'));
    await page.getByRole('alert').getByRole('button', { name: 'Muat ulang dari disk' }).click();
    expect((await courseIn(page)).modules[0].pages[0].title).toEqual({ id: 'Selamat datang di kelas', en: 'Welcome, Integrity Rangers' });
    expect(await page.getByText('berkas belum disimpan').count()).toBe(0);
  });

  it('takes a change on disk to a file without edits at once, and says so', async () => {
    const { page } = s;
    const file = path.join(s.folder, 'modules/02-korupsi-kecil.json');
    const text = await readFile(file, 'utf8');
    const title = (JSON.parse(text) as { title: { id: string } }).title.id;
    await writeFile(file, text.replace(JSON.stringify(title), JSON.stringify(`${title} (revisi)`)));
    await page.getByRole('status').filter({ hasText: 'Berkas diubah di luar Studio: modules/02-korupsi-kecil.json.' }).waitFor();
    expect((await courseIn(page)).modules[1].title.id).toBe(`${title} (revisi)`);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(s.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
