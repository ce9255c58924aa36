import { describe, expect, it } from 'vitest';
import { axe, courseIn, focused, pick, row, studioOnInitCourse } from './studio-browser';

// The outline, the generated forms and the drafts, in Chromium, on a course as `coursekit init` writes it.
describe('Studio outline and forms', () => {
  const s = studioOnInitCourse();

  const pageIds = async (module = 0) => ((await courseIn(s.page)).modules[module].pages as { id: string }[]).map((p) => p.id);

  it('adds a page, renames it, reorders it with Alt+arrows, duplicates and deletes it, and undoes each step', async () => {
    const { page } = s;
    await pick(page, '/modules/0');
    await page.getByRole('button', { name: 'Tambah halaman' }).click();
    expect(await pageIds()).toEqual(['selamat-datang', 'cek-pemahaman', 'page']);
    // The new page has focus: F2 renames it in the language being edited.
    const focusOn = (pointer: string) => expect.poll(async () => (await focused(page)).pointer).toBe(pointer);
    await focusOn('/modules/0/pages/2');
    await page.keyboard.press('F2');
    await expect.poll(async () => (await focused(page)).name).toBe('Nama baru untuk Title');
    await page.keyboard.type('Latihan singkat');
    await page.keyboard.press('Enter');
    await focusOn('/modules/0/pages/2');
    expect((await courseIn(page)).modules[0].pages[2].title).toEqual({ id: 'Latihan singkat', en: '' });
    await page.keyboard.press('Alt+ArrowUp');
    expect(await pageIds()).toEqual(['selamat-datang', 'page', 'cek-pemahaman']);
    await focusOn('/modules/0/pages/1');
    await page.keyboard.press('Control+d');
    expect(await pageIds()).toEqual(['selamat-datang', 'page', 'page-copy', 'cek-pemahaman']);
    await focusOn('/modules/0/pages/2');
    await page.keyboard.press('Delete');
    await focusOn('/modules/0/pages/2');
    expect(await pageIds()).toEqual(['selamat-datang', 'page', 'cek-pemahaman']);
    for (const expected of [
      ['selamat-datang', 'page', 'page-copy', 'cek-pemahaman'],
      ['selamat-datang', 'page', 'cek-pemahaman'],
      ['selamat-datang', 'cek-pemahaman', 'page'],
    ]) {
      await page.keyboard.press('Control+z');
      expect(await pageIds()).toEqual(expected);
    }
    await page.keyboard.press('Control+Shift+z');
    expect(await pageIds()).toEqual(['selamat-datang', 'page', 'cek-pemahaman']);
  });

  it('reorders pages by dragging one onto another, as one undo step', async () => {
    const { page } = s;
    await pick(page, '/modules/0/pages/1');
    await row(page, '/modules/0/pages/1').locator('.row').first().dragTo(row(page, '/modules/0/pages/0').locator('.row').first());
    expect(await pageIds()).toEqual(['page', 'selamat-datang', 'cek-pemahaman']);
    expect(await row(page, '/modules/0/pages/0').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Control+z');
    expect(await pageIds()).toEqual(['selamat-datang', 'page', 'cek-pemahaman']);
  });

  it('moves through the tree with the arrow keys as the ARIA tree pattern says', async () => {
    const { page } = s;
    await pick(page, '/modules/0');
    await page.keyboard.press('ArrowLeft');
    expect(await row(page, '/modules/0').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    expect(await row(page, '/modules/0').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await row(page, '/modules/0/pages/0').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await row(page, '/modules/0').getAttribute('aria-selected')).toBe('true');
    expect(await row(page, '/modules/0').getAttribute('aria-level')).toBe('2');
    expect(await row(page, '/modules/0').getAttribute('aria-setsize')).toBe('2');
  });

  it('edits a block through the form the schema generates, with a missing translation marked', async () => {
    const { page } = s;
    await pick(page, '/modules/0/pages/0/blocks/0');
    const en = page.getByRole('textbox', { name: 'Teks — English' });
    await en.fill('');
    await expect.poll(async () => (await courseIn(page)).modules[0].pages[0].blocks[0].markdown).toEqual({ id: 'Selamat datang! Halaman ini ditulis dalam **Markdown**.', en: '' });
    await expect(page.getByText('Terjemahan English belum ada')).toBeDefined();
    expect(await page.getByText('Terjemahan English belum ada').count()).toBe(1);
    await en.fill('Welcome, **again**.');
    await expect.poll(async () => (await courseIn(page)).modules[0].pages[0].blocks[0].markdown.en).toBe('Welcome, **again**.');
    expect(await page.locator('ck-studio-markdown[data-pointer="/modules/0/pages/0/blocks/0/markdown/en"] .preview strong').textContent()).toBe('again');
    expect(await page.getByText('Terjemahan English belum ada').count()).toBe(0);
  });

  it('offers every block type of the schema, and a question block as a form of its question type', async () => {
    const { page } = s;
    await pick(page, '/modules/0/pages/0');
    const options = await page.getByRole('combobox', { name: 'Jenis blok' }).locator('option').allTextContents();
    expect(options).toEqual([
      'Teks (text)', 'Judul bagian (heading)', 'Gambar (image)', 'Audio (audio)', 'Video (video)', 'Kotak sorotan (callout)', 'Akordeon (panel buka-tutup) (accordion)',
      'Tab (tabs)', 'Kartu (cards)', 'Dialog (dialogue)', 'Soal (question)', 'Penilaian (assessment)', 'Skenario (scenario)',
    ]);
    await page.getByRole('combobox', { name: 'Jenis blok' }).selectOption('question');
    await page.getByRole('button', { name: 'Tambah blok' }).click();
    const block = (await courseIn(page)).modules[0].pages[0].blocks[3];
    expect(block).toEqual({ type: 'question', question: { type: 'single-choice', id: 'q-id', prompt: { id: 'Prompt', en: '' }, choices: [{ id: 'a', text: { id: 'A', en: '' } }, { id: 'b', text: { id: 'B', en: '' } }], correct: 'a' } });
    await page.getByRole('combobox', { name: 'Jenis soal' }).selectOption('multiple-response');
    expect((await courseIn(page)).modules[0].pages[0].blocks[3].question.type).toBe('multiple-response');
    expect(await page.getByRole('group', { name: 'Pilihan jawaban (wajib)' }).count()).toBe(1);
  });

  it('labels and explains every field in the UI language, Indonesian first', async () => {
    const { page } = s;
    const described = (name: string) =>
      page.getByRole('textbox', { name, exact: true }).evaluate((el) => {
        const root = el.getRootNode() as ShadowRoot;
        return el.getAttribute('aria-describedby')!.split(' ').map((id) => root.getElementById(id)!.textContent!.trim()).join(' ');
      });
    await pick(page, '/modules/0/pages/0');
    expect(await described('ID halaman (wajib)')).toBe('ID unik halaman; pelacakan mencatat halaman yang dilihat dengan ID ini.');
    expect(await page.getByRole('group', { name: 'Judul halaman (wajib)' }).locator('.desc').textContent()).toBe('Tampil sebagai judul utama halaman dan di daftar isi.');
    await page.getByRole('combobox', { name: 'Bahasa tampilan' }).selectOption('en');
    expect(await described('Page id (required)')).toBe('Unique id of the page; tracking records viewed pages by it.');
    expect(await page.getByRole('group', { name: 'Page title (required)' }).locator('.desc').textContent()).toBe('Shown as the page’s main heading and in the table of contents.');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('id');
    expect(await page.getByRole('button', { name: 'Tambah Catatan penulis' }).count()).toBe(1);
  });

  it('keeps unsaved edits across a reload of the page (drafts in IndexedDB)', async () => {
    const { page } = s;
    const before = await courseIn(page);
    await page.waitForTimeout(600);
    await page.reload();
    await page.locator('[role="tree"]').waitFor();
    await expect.poll(() => courseIn(page)).toEqual(before);
    expect(await page.getByRole('status').filter({ hasText: 'dipulihkan' }).count()).toBe(1);
  });

  it('has nothing axe finds on the course, page and block views, in both UI languages', async () => {
    const { page } = s;
    for (const pointer of ['', '/modules/0/pages/0', '/modules/0/pages/0/blocks/3']) {
      await pick(page, pointer);
      expect(await axe(page)).toEqual([]);
    }
    await page.getByRole('combobox', { name: 'Bahasa tampilan' }).selectOption('en');
    expect(await page.getByRole('button', { name: 'Add block' }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(s.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
