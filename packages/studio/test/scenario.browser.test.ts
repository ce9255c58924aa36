import { describe, expect, it } from 'vitest';
import { axe, courseIn, focused, tabTo, studioOnInitCourse } from './studio-browser';

// The scenario editor, by keyboard only, on the scenario `coursekit init` writes
// (datang → pilih → baik | kurang).
describe('Studio scenario editor, keyboard only', () => {
  const s = studioOnInitCourse();

  const nodes = async () => ((await courseIn(s.page)).scenarios[0].nodes as { id: string; type: string; next?: unknown; choices?: { id: string; text: unknown; next: string; condition?: unknown }[] }[]);

  it('opens the scenario from the outline, adds a choice and its ending in one step, and undoes it', async () => {
    const { page } = s;
    await tabTo(page, /^▾ Kursus Baru Saya/);
    expect((await focused(page)).pointer).toBe('');
    await page.keyboard.press('End');
    expect(await focused(page)).toMatchObject({ tag: 'li', pointer: '/scenarios/0' });
    await tabTo(page, 'Sunting simpul pilih');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('h3');
    await tabTo(page, 'Teks pilihan baru');
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
    // Opening a node moves focus to the heading of its form.
    await expect.poll(async () => (await focused(page)).tag).toBe('h3');
    await tabTo(page, 'Hasil');
    expect(await page.getByRole('combobox', { name: 'Hasil (wajib)' }).locator('option').allTextContents()).toEqual(['berhasil (success)', 'sebagian berhasil (partial)', 'gagal (failure)']);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Judul akhir — Bahasa Indonesia/);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Bijak');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await nodes())[4]).toMatchObject({ title: { id: 'Bijak', en: '' }, outcome: 'partial' });
    await tabTo(page, 'Tambah Variabel', true);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Nama variabel');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('integritas');
    await tabTo(page, 'Label — Bahasa Indonesia');
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

  it('moves through the map with the arrow keys, one node in the tab order, and opens a node with Enter', async () => {
    const { page } = s;
    const at = async () => (await focused(page)).name;
    // The node being edited is the one Tab reaches on the map.
    await tabTo(page, /^Simpul pilih, choice/, true);
    expect(await at()).toBe('Simpul pilih, choice. Menuju: baik, kurang, pilih-ending');
    const tabbable = await page.locator('ck-studio-scenario svg g.node').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-node')}:${g.getAttribute('tabindex')}`));
    expect(tabbable).toEqual(['datang:-1', 'pilih:0', 'baik:-1', 'kurang:-1', 'pilih-ending:-1', 'narration:-1']);
    await page.keyboard.press('ArrowUp');
    await expect.poll(at).toBe('Simpul datang, narration, awal. Menuju: pilih');
    await page.keyboard.press('ArrowUp');
    await expect.poll(at).toBe('Simpul narration, narration, tidak terjangkau. Menuju: datang');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(at).toMatch(/^Simpul pilih,/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(at).toBe('Simpul kurang, ending');
    await page.keyboard.press('ArrowRight');
    await expect.poll(at).toBe('Simpul baik, ending');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(at).toBe('Simpul pilih-ending, ending');
    await page.keyboard.press('Home');
    await expect.poll(at).toMatch(/^Simpul datang,/);
    await page.keyboard.press('End');
    await expect.poll(at).toMatch(/^Simpul narration,/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('h3');
    expect(await focused(page)).toMatchObject({ tag: 'h3', name: 'Sunting simpul narration' });
    // Tab leaves the map from its one stop and comes back to the node last moved to.
    await tabTo(page, /^Simpul narration,/, true);
    expect(await axe(page)).toEqual([]);
  });

  it('adds a condition to a choice through its form, by keyboard', async () => {
    const { page } = s;
    await tabTo(page, 'Sunting simpul pilih');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('h3');
    await tabTo(page, 'Tambah Syarat tampil');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await nodes())[1]!.choices![0]).toMatchObject({ condition: { variable: '', op: '<', value: 0 } });
    await tabTo(page, 'Variabel (wajib)');
    await page.keyboard.type('integritas');
    await tabTo(page, 'Pembanding (wajib)');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Nilai (wajib)');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await nodes())[1]!.choices![0]!.condition).toEqual({ variable: 'integritas', op: '>=', value: 1 });
    // The variable is declared, so the validator finds nothing on the condition.
    await expect.poll(() => page.locator('ck-studio-problems').getByRole('button', { name: /CK20\d/ }).allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining('CK204 scenario "hadiah": node "narration" cannot be reached')]);
    expect(await axe(page)).toEqual([]);
  });

  it('flags a node with no way to an ending as a dead end, on the map and in the table, from the validator', async () => {
    const { page } = s;
    // A new choice on "pilih" leads to a narration that leads back; pointed at itself, it is stuck.
    await tabTo(page, 'Sunting simpul pilih');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Teks pilihan baru');
    await page.keyboard.type('Menunggu');
    await tabTo(page, 'Jenis simpul tujuan');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    await tabTo(page, 'Tambah pilihan dan simpul tujuannya');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await nodes()).at(-1)).toMatchObject({ type: 'narration', id: 'pilih-narration', next: 'pilih' });
    await tabTo(page, 'Berikutnya (wajib)');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('pilih-narration');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await nodes()).at(-1)!.next).toBe('pilih-narration');
    const row = page.locator('tr[data-node="pilih-narration"]');
    await expect.poll(() => row.locator('.flag.bad').allTextContents(), { timeout: 10_000 }).toEqual(['buntu']);
    const node = page.locator('ck-studio-scenario g.node[data-node="pilih-narration"]');
    expect(await node.getAttribute('class')).toContain('flagged');
    expect(await node.locator('text').allTextContents()).toEqual(['pilih-narration', 'narration · buntu']);
    expect(await node.getAttribute('aria-label')).toBe('Simpul pilih-narration, narration, buntu. Menuju: pilih-narration');
    expect(await page.locator('ck-studio-problems').getByRole('button', { name: /CK205/ }).allTextContents()).toEqual([expect.stringContaining('"pilih-narration"')]);
    expect(await axe(page)).toEqual([]);
    expect(s.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  it('turns where a node goes into branches and gives the first one a condition, by keyboard; the map dashes the conditional arrow', async () => {
    const { page } = s;
    await tabTo(page, 'Sunting simpul datang');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Berikutnya: ubah menjadi daftar');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await nodes())[0]!.next).toEqual([{ next: 'pilih' }]);
    await tabTo(page, 'Tambah Syarat');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await nodes())[0]!.next).toEqual([{ next: 'pilih', if: { variable: '', op: '<', value: 0 } }]);
    await tabTo(page, 'Variabel (wajib)');
    await page.keyboard.type('integritas');
    await tabTo(page, 'Pembanding (wajib)');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Nilai (wajib)');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1');
    await tabTo(page, 'Tambah butir: Berikutnya');
    await page.keyboard.press('Enter');
    // The new branch's target, just before the button.
    await tabTo(page, 'Simpul tujuan (wajib)', true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('kurang');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await nodes())[0]!.next).toEqual([{ if: { variable: 'integritas', op: '>=', value: 1 }, next: 'pilih' }, { next: 'kurang' }]);
    await expect.poll(() => page.locator('ck-studio-scenario path.edge.conditional').count()).toBe(1);
    expect(await page.locator('ck-studio-scenario g.node[data-node="datang"]').getAttribute('aria-label')).toBe('Simpul datang, narration, awal. Menuju: pilih, kurang');
    expect(await axe(page)).toEqual([]);
  });
});
