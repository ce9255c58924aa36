/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { CourseEngine } from '../internal/fixtures/engine';
import './scenario';
import type { CkScenario } from './scenario.component';
import { parcelCourse } from '../internal/fixtures/parcel.course';
import { axeViolations, settle } from '../internal/test/axe';
import { activate, deepActive } from '../internal/test/keyboard';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(language = 'id'): Promise<{ el: CkScenario; engine: CourseEngine }> {
  const engine = new CourseEngine(parcelCourse, { seed: 7, language, now: () => 1_700_000_000_000 });
  engine.start();
  const el = document.createElement('ck-scenario');
  el.engine = engine;
  el.scenarioId = 'parcel';
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return { el, engine };
}

const $ = (el: CkScenario, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const node = (el: CkScenario) => $(el, '[data-node]')?.dataset.node ?? ($(el, '.feedback') ? 'feedback' : null);
const meterValues = (el: CkScenario) => [...el.shadowRoot!.querySelectorAll('[role="meter"]')].map((m) => m.getAttribute('aria-valuenow'));
const live = (el: CkScenario) => $(el, '[role="status"]')!.textContent!.trim();

async function press(el: CkScenario, selector: string): Promise<void> {
  await activate(selector);
  await settle(el);
}

describe('<ck-scenario>: one step back, moods on the portraits, and the map after an ending', () => {
  it('a keyboard journey steps back over a dialogue and a choice, restoring the variables, then reaches an ending whose map lists every path', async () => {
    const { el } = await mount('id');
    await press(el, '[part="start"]');
    expect(node(el)).toBe('intro');
    // Nothing to undo at the first step.
    expect($(el, '[part="back"]')).toBeNull();
    await press(el, '[part="continue"]');
    expect(node(el)).toBe('arrival');
    // Moods show on the portraits and in their text alternative, not as "(senang)" beside the name.
    expect([...el.shadowRoot!.querySelectorAll('.mood-sign')].map((s) => s.getAttribute('data-mood'))).toEqual(['happy', 'worried']);
    expect([...el.shadowRoot!.querySelectorAll('.portrait .visually-hidden')].map((s) => s.textContent)).toEqual(['Pak Budi, senang', 'Rina, khawatir']);
    expect($(el, '.who')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Pak Budi Direktur CV Maju Jaya, rekanan dinas');

    await press(el, '[part="back"]');
    expect(node(el)).toBe('intro');
    expect(deepActive()).toBe($(el, '[data-node="intro"]'));
    expect(live(el)).toBe('Kembali ke langkah sebelumnya.');
    await press(el, '[part="continue"]');
    await press(el, '[part="continue"]');
    expect(node(el)).toBe('parcel-choice');
    expect(meterValues(el)).toEqual(['50', '50']);

    await press(el, 'button[data-choice="accept-parcel"]');
    expect(node(el)).toBe('feedback');
    expect(meterValues(el)).not.toEqual(['50', '50']);
    await press(el, '[part="back"]');
    // Back at the choice: the variables and path are as before it, focus on the prompt.
    expect(node(el)).toBe('parcel-choice');
    expect(meterValues(el)).toEqual(['50', '50']);
    expect(deepActive()).toBe($(el, '[data-node="parcel-choice"]'));
    expect(await axeViolations(el)).toEqual([]);

    for (const choice of ['report-parcel', 'report-money', 'report-fee']) {
      for (let i = 0; i < 5 && !$(el, `button[data-choice="${choice}"]`); i++) await press(el, '[part="continue"]');
      await press(el, `button[data-choice="${choice}"]`);
    }
    for (let i = 0; i < 5 && !$(el, '[part="ending"]'); i++) await press(el, '[part="continue"]');
    expect($(el, '[part="ending"]')!.dataset.ending).toBe('ending-ranger');
    expect($(el, '[part="back"]')).toBeNull();

    await expect.poll(() => $(el, '[part="map"]')).not.toBeNull();
    const map = $(el, '[part="map"]')!;
    expect(map.querySelector('h4')!.textContent).toBe('Peta skenario');
    const decisions = [...map.querySelectorAll('.map-decision')];
    expect(decisions.map((d) => d.querySelector('.map-label')!.textContent)).toEqual(['Keputusan 1:', 'Keputusan 2:', 'Keputusan 3:']);
    expect(decisions.map((d) => [...d.querySelectorAll('.map-choice.taken')].map((c) => c.getAttribute('data-choice')))).toEqual([['report-parcel'], ['report-money'], ['report-fee']]);
    expect([...decisions[0]!.querySelectorAll('.map-choice')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Menerimanya dan berterima kasih (belum dipilih) menuju Keputusan 2',
      'Menolaknya dengan sopan (belum dipilih) menuju Keputusan 2',
      'Menolak, lalu melaporkannya ke UPG (dipilih kali ini) menuju Keputusan 2',
    ]);
    expect([...decisions[2]!.querySelectorAll('.map-target')].map((t) => t.textContent!.trim())).toEqual([
      'menuju Terkena OTT',
      'menuju Penjaga Integritas sejati / Bersih, tapi diam / Terjerat utang budi',
      'menuju Penjaga Integritas sejati / Bersih, tapi diam / Terjerat utang budi',
    ]);
    expect([...map.querySelectorAll('.map-ending')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Terkena OTT (Gagal, belum tercapai)',
      'Penjaga Integritas sejati (Berhasil, sudah tercapai)',
      'Bersih, tapi diam (Sebagian berhasil, belum tercapai)',
      'Terjerat utang budi (Gagal, belum tercapai)',
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps every ending reached across replays on the map, in English', async () => {
    const { el, engine } = await mount('en');
    engine.scenario('parcel');
    const playTo = (path: string[]) => {
      let v = engine.scenario('parcel');
      for (let i = 0, guard = 0; guard < 30 && !v.ending; guard++) {
        const r = v.feedback === null && v.node.type === 'choice' ? engine.choose('parcel', path[i++]!) : engine.advance('parcel');
        if ('ok' in r) throw new Error(r.message);
        v = r;
      }
    };
    playTo(['refuse-parcel', 'refuse-money', 'accept-fee']);
    engine.replay('parcel');
    playTo(['refuse-parcel', 'refuse-money', 'refuse-fee']);
    el.requestUpdate();
    el.scenarioId = '';
    await settle(el);
    el.scenarioId = 'parcel';
    await settle(el);
    await expect.poll(() => $(el, '[part="map"]')).not.toBeNull();
    const map = $(el, '[part="map"]')!;
    expect(map.querySelector('h4')!.textContent).toBe('Scenario map');
    expect([...map.querySelectorAll('.map-ending.reached')].map((e) => e.getAttribute('data-ending'))).toEqual(['ending-caught', 'ending-cautious']);
    expect([...map.querySelectorAll('.map-choice.taken .map-state')].map((e) => e.textContent)).toEqual(['(taken this time)', '(taken this time)', '(taken this time)']);
    expect(map.querySelector('.map-ending[data-ending="ending-ranger"] .map-state')!.textContent).toBe('(Success, not reached yet)');
    expect(await axeViolations(el)).toEqual([]);
  });
});
