import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, courseIn, focused, initCourse, openStudio, tabTo, type StudioSession } from './studio-browser';

// The scenario editor, by keyboard only, on the scenario `coursekit init` writes
// (datang → pilih → baik | kurang).
describe('Studio scenario editor, keyboard only', () => {
  const init = initCourse();
  let s: StudioSession;
  beforeAll(async () => {
    s = await openStudio(init.dir);
  });
  afterAll(async () => {
    await s?.close();
    init.remove();
  });

  const nodes = async () => ((await courseIn(s.page)).scenarios[0].nodes as { id: string; type: string; choices?: { id: string; text: unknown; next: string }[] }[]);

  it('opens the scenario from the outline, adds a choice and its ending in one step, and undoes it', async () => {
    const { page } = s;
    await tabTo(page, /^▾ Kursus Baru Saya/);
    expect((await focused(page)).pointer).toBe('');
    await page.keyboard.press('End');
    expect(await focused(page)).toMatchObject({ tag: 'li', pointer: '/scenarios/0' });
    await tabTo(page, 'Sunting simpul pilih');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('ck-studio-form');
    await tabTo(page, 'Teks pilihan');
    await page.keyboard.type('Tanya atasan dulu');
    await tabTo(page, 'Tambah pilihan dan simpul tujuannya');
    await page.keyboard.press('Enter');
    const after = await nodes();
    expect(after.map((n) => `${n.type}:${n.id}`)).toEqual(['narration:datang', 'choice:pilih', 'ending:baik', 'ending:kurang', 'ending:pilih-ending']);
    expect(after[1]!.choices!.at(-1)).toEqual({ id: 'tanya-atasan-dulu', text: { id: 'Tanya atasan dulu', en: '' }, next: 'pilih-ending' });
    expect(after[4]).toEqual({ type: 'ending', id: 'pilih-ending', outcome: 'success', title: { id: 'Title', en: '' }, debrief: { id: 'Debrief', en: '' }, score: 100 });
    // One undo step for both.
    await page.keyboard.press('Escape');
    await tabTo(page, 'Batalkan', true);
    await page.keyboard.press('Enter');
    expect((await nodes()).length).toBe(4);
    await tabTo(page, 'Ulangi');
    await page.keyboard.press('Enter');
    expect((await nodes()).length).toBe(5);
  });

  it('edits a node and a variable through the forms, by keyboard', async () => {
    const { page } = s;
    await tabTo(page, 'Sunting simpul pilih-ending');
    await page.keyboard.press('Enter');
    // Opening a node moves focus to its form.
    await expect.poll(async () => (await focused(page)).tag).toBe('ck-studio-form');
    await tabTo(page, 'outcome');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^title — Bahasa Indonesia/);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Bijak');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await nodes())[4]).toMatchObject({ title: { id: 'Bijak', en: '' }, outcome: 'partial' });
    await tabTo(page, 'Tambah variables', true);
    await page.keyboard.press('Enter');
    await tabTo(page, 'name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('integritas');
    await tabTo(page, 'label — Bahasa Indonesia');
    await page.keyboard.type('Integritas');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Integrity');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await courseIn(page)).scenarios[0].variables).toEqual([{ name: 'integritas', label: { id: 'Integritas', en: 'Integrity' }, initial: 0 }]);
  });

  it('flags a node nothing leads to as unreachable, from the validator', async () => {
    const { page } = s;
    await tabTo(page, 'Tambah simpul');
    await page.keyboard.press('Enter');
    // The new node's row has focus.
    await expect.poll(async () => (await focused(page)).name).toBe('Sunting simpul narration');
    expect((await nodes()).at(-1)).toMatchObject({ type: 'narration', id: 'narration', next: 'datang' });
    const row = page.locator('tr[data-node="narration"]');
    await expect.poll(() => row.locator('.flag.bad').allTextContents(), { timeout: 10_000 }).toEqual(['tidak terjangkau']);
    expect(await axe(page)).toEqual([]);
  });

  it('plays the scenario from a node, and gives focus back when the player closes', async () => {
    const { page } = s;
    await tabTo(page, /^Mainkan dari simpul ini: pilih$/, true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await tabTo(page, 'Mulai skenario');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Tanya atasan dulu' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toMatchObject({ name: 'Sunting simpul pilih' });
    expect(s.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
