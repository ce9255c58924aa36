import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, courseIn, focused, pick, studioOnInitCourse } from './studio-browser';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface DroppedFile {
  name: string;
  type: string;
  base64: string;
}

/**
 * A real drag and drop in the page onto `target`: dragenter, dragover, then drop, carrying the files
 * in a DataTransfer. Says whether dragover was accepted and whether the target showed it.
 */
const dropOn = (target: Locator, files: DroppedFile[]) =>
  target.evaluate(async (el, files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    const fire = (type: string) => el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    fire('dragenter');
    const accepted = !fire('dragover');
    await new Promise((r) => requestAnimationFrame(r));
    const highlighted = el.classList.contains('over');
    fire('drop');
    return { accepted, highlighted };
  }, files);

// The problems list and the assets panel, on a course as `coursekit init` writes it.
describe('Studio problems and assets', () => {
  const s = studioOnInitCourse();

  it('shows a problem on its field as the designer types, and the problems list goes to it', async () => {
    const { page } = s;
    await pick(page, '/modules/1/pages/0/blocks/0');
    await page.getByRole('textbox', { name: 'Skenario (wajib)', exact: true }).fill('hadia');
    const problem = page.locator('ck-studio-problems').getByRole('button', { name: /CK105/ });
    await problem.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('textbox', { name: 'Skenario (wajib)', exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('ck-studio-form li.error').allTextContents()).toEqual([expect.stringMatching(/^CK105 .*"hadia"/)]);
    await pick(page, '');
    await problem.click();
    await expect.poll(async () => (await focused(page))).toMatchObject({ tag: 'input', pointer: '/modules/1/pages/0/blocks/0/scenario' });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('hadiah');
    await expect.poll(() => problem.count(), { timeout: 10_000 }).toBe(0);
  });

  it('copies a dropped image into assets/, asks its alternative text before putting it on the page, and shows where it is used once saved', async () => {
    const { page } = s;
    await pick(page, '/modules/0/pages/0');
    await page.getByRole('button', { name: 'Aset', exact: true }).click();
    const panel = page.locator('ck-studio-assets');
    expect(await panel.locator('ul.assets > li').allTextContents()).toEqual([expect.stringContaining('assets/sari.svg'), expect.stringContaining('assets/welcome.svg')]);
    await panel.locator('#asset-files').setInputFiles({ name: 'Foto Kantor.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('status').filter({ hasText: 'Disalin ke assets/' }).waitFor();
    const path = (await page.getByRole('status').textContent())!.replace('Disalin ke ', '').replace(/\.$/, '');
    expect(path).toMatch(/^assets\/[a-z0-9-]+\.png$/);
    await panel.getByRole('button', { name: 'Sisipkan di halaman ini' }).click();
    expect(await panel.getByText('Tulis teks alternatif untuk gambar ini.').count()).toBe(2);
    expect(await axe(page)).toEqual([]);
    await panel.getByRole('textbox', { name: 'Teks alternatif (apa yang ditunjukkan gambar) — Bahasa Indonesia' }).fill('Ruang kantor');
    await panel.getByRole('textbox', { name: 'Teks alternatif (apa yang ditunjukkan gambar) — English' }).fill('An office');
    await panel.getByRole('button', { name: 'Sisipkan di halaman ini' }).click();
    expect((await courseIn(page)).modules[0].pages[0].blocks.at(-1)).toEqual({ type: 'image', src: path, alt: { id: 'Ruang kantor', en: 'An office' } });
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Tersimpan: 1 berkas.' }).waitFor();
    const item = panel.locator('ul.assets > li').filter({ hasText: path });
    await expect.poll(() => item.getByRole('button').allTextContents()).toEqual(['/modules/0/pages/0/blocks/3/src']);
    expect(await axe(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('copies image files dropped on the assets panel, and says which dropped file it did not copy and why', async () => {
    const { page } = s;
    const panel = page.locator('ck-studio-assets');
    const zone = panel.locator('.drop');
    const drop = (files: DroppedFile[]) => dropOn(zone, files);
    expect(await drop([{ name: 'Peta Wilayah.png', type: 'image/png', base64: PNG.toString('base64') }])).toEqual({ accepted: true, highlighted: true });
    await page.getByRole('status').filter({ hasText: 'Disalin ke assets/peta-wilayah.png.' }).waitFor();
    expect(await zone.getAttribute('class')).toBe('drop ');
    await expect.poll(() => panel.locator('ul.assets > li > span:first-child').allTextContents()).toContain('assets/peta-wilayah.png');
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'Teks alternatif (apa yang ditunjukkan gambar) — Bahasa Indonesia' });
    await drop([{ name: 'catatan.html', type: 'text/html', base64: Buffer.from('<p>x</p>').toString('base64') }]);
    await page.getByRole('status').filter({ hasText: 'catatan.html tidak disalin: CK963' }).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^catatan\.html tidak disalin: CK963 "catatan\.html" is not a kind of file a course shows: use \.svg, /);
    expect(s.errors.filter((e) => !e.includes('403'))).toEqual([]);
  });

  it('builds from the dialog and shows the errors that stopped the build, then gives focus back', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Aset', exact: true }).click();
    await pick(page, '/modules/1/pages/0/blocks/0');
    await page.getByRole('textbox', { name: 'Skenario (wajib)', exact: true }).fill('hadia');
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Tersimpan: 1 berkas.' }).waitFor();
    const opener = page.getByRole('button', { name: 'Bangun paket' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Bangun paket' });
    await dialog.getByRole('checkbox', { name: 'Web' }).check();
    await dialog.getByRole('button', { name: 'Mulai membangun' }).click();
    await dialog.getByText('Gagal membangun.').waitFor({ timeout: 60_000 });
    expect(await dialog.locator('ul.error li').allTextContents()).toEqual([expect.stringMatching(/^course\.json:\d+:\d+ CK105 .*"hadia"/)]);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).name).toBe('Bangun paket');
  });

  it('takes an image dropped on the block being edited into the assets panel, then puts it after that block', async () => {
    const { page } = s;
    await pick(page, '/modules/0/pages/0/blocks/0');
    // On the block's Markdown editor: the file is not text for it.
    const editor = page.locator('ck-studio-markdown[data-pointer="/modules/0/pages/0/blocks/0/markdown/id"] .cm-content');
    const before = await editor.textContent();
    expect(await dropOn(editor, [{ name: 'Denah Kantor.png', type: 'image/png', base64: PNG.toString('base64') }])).toEqual({ accepted: true, highlighted: false });
    await page.getByRole('status').filter({ hasText: 'Disalin ke assets/denah-kantor.png.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Aset', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'Teks alternatif (apa yang ditunjukkan gambar) — Bahasa Indonesia' });
    await page.keyboard.type('Denah kantor');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Office floor plan');
    await page.keyboard.press('Enter');
    expect((await courseIn(page)).modules[0].pages[0].blocks[1]).toEqual({ type: 'image', src: 'assets/denah-kantor.png', alt: { id: 'Denah kantor', en: 'Office floor plan' } });
    expect((await courseIn(page)).modules[0].pages[0].blocks[0].markdown.id).toBe(before);
    expect(s.errors.filter((e) => !e.includes('403'))).toEqual([]);
  });
});
