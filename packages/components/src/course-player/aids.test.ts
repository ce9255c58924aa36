import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './course-player';
import { CkCoursePlayer } from './course-player.component';
import { CourseEngine } from '../internal/fixtures/engine';
import { aidsCourse } from '../internal/fixtures/aids.course';
import { $, ready, settleDeep, text } from '../internal/test/dom';
import { deepActive, tabTo } from '../internal/test/keyboard';
import { axeViolations } from '../internal/test/axe';
import { documentLanguageAttribute } from '../i18n/document-language';

beforeAll(() => {
  CkCoursePlayer.engineClass = CourseEngine;
});

const players: CkCoursePlayer[] = [];
async function mount(lang = 'id'): Promise<CkCoursePlayer> {
  const p = document.createElement('ck-course-player');
  p.lang = lang;
  p.course = aidsCourse;
  document.body.append(p);
  players.push(p);
  await ready(p);
  return p;
}

afterEach(() => {
  for (const p of players.splice(0)) p.remove();
  document.documentElement.removeAttribute(documentLanguageAttribute);
});

/** Opens the contents first when they are folded away (narrow windows), as a learner would. */
async function openOutline(p: CkCoursePlayer): Promise<void> {
  if (!$(p, '.outline').checkVisibility()) await press(p, '.outline-toggle');
}

async function press(p: CkCoursePlayer, selector: string, key = '{Enter}'): Promise<void> {
  await tabTo(selector, 80);
  await userEvent.keyboard(key);
  await settleDeep(p);
}

describe('<ck-course-player> learner aids', () => {
  for (const [lang, label] of [['id', 'Langsung ke konten'], ['en', 'Skip to content']] as const) {
    it(`starts the tab order with a skip link that takes focus to the page heading (${lang})`, async () => {
      const p = await mount(lang);
      (document.activeElement as HTMLElement | null)?.blur();
      await userEvent.keyboard('{Tab}');
      const skip = deepActive() as HTMLButtonElement;
      expect([skip.getAttribute('part'), skip.textContent]).toEqual(['skip-link', label]);
      expect(skip.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
      await userEvent.keyboard('{Enter}');
      expect(deepActive()).toBe($(p, '#page-title'));
      expect(await axeViolations(p)).toEqual([]);
    });
  }

  it('shows the agency logo in the top bar and the module opener on its first page only', async () => {
    const p = await mount('id');
    expect($(p, '[part="logo"]').getAttribute('alt')).toBe('Logo Inspektorat Jenderal');
    expect($(p, '[part="module-opener"] img').getAttribute('alt')).toBe('Meja kerja dengan parsel');
    p.goTo('jenis');
    await settleDeep(p);
    expect(p.shadowRoot!.querySelector('[part="module-opener"]')).toBeNull();
  });

  it('marks a glossary term at its first use: a disclosure opened and closed with the keyboard, in Indonesian and English', async () => {
    const p = await mount('id');
    const marked = () => [...p.shadowRoot!.querySelectorAll('.term-button')].map((b) => [...b.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''));
    expect(marked()).toEqual(['Gratifikasi']);
    const button = $(p, '.term-button');
    const definition = $(p, '.term-definition');
    expect([button.getAttribute('aria-expanded'), definition.hidden, button.getAttribute('aria-controls')]).toEqual(['false', true, definition.id]);
    expect(text(button)).toBe('Gratifikasi (lihat artinya)');
    await press(p, '.term-button');
    expect([button.getAttribute('aria-expanded'), definition.hidden, text(definition)]).toEqual(['true', false, 'Gratifikasi: Pemberian dalam arti luas kepada pegawai negeri.']);
    expect(await axeViolations(p)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect([button.getAttribute('aria-expanded'), definition.hidden, deepActive()]).toEqual(['false', true, button]);
    // Only the first use in the course: the next page's "gratifikasi" is plain text.
    p.goTo('jenis');
    await settleDeep(p);
    expect(marked()).toEqual([]);
    p.setLanguage('en');
    p.goTo('pengantar');
    await settleDeep(p);
    expect(marked()).toEqual(['gratuity']);
    expect(text($(p, '.term-button'))).toBe('gratuity (show its meaning)');
  });

  it('lists every term on the glossary page, in alphabetical order, from the contents', async () => {
    const p = await mount('id');
    await openOutline(p);
    await press(p, '.outline [data-page="glossary"]');
    await settleDeep(p);
    expect(deepActive()).toBe($(p, '#aid-title'));
    expect(text($(p, '#aid-title'))).toBe('Glosarium');
    expect([...p.shadowRoot!.querySelectorAll('.glossary-list dt')].map(text)).toEqual(['gratifikasi', 'UPG (Unit Pengendalian Gratifikasi)']);
    expect([...p.shadowRoot!.querySelectorAll('.glossary-list dd')].map(text)[1]).toBe('Unit Pengendalian Gratifikasi: unit di instansi yang menerima laporan gratifikasi.');
    expect($(p, '.outline [data-page="glossary"]').getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(p)).toEqual([]);
    p.setLanguage('en');
    await settleDeep(p);
    expect(text($(p, '#aid-title'))).toBe('Glossary');
    expect([...p.shadowRoot!.querySelectorAll('.glossary-list dt')].map(text)).toEqual(['gratification (gratuity)', 'UPG (Gratification Control Unit)']);
  });

  it('lists the downloads of the learner\'s language with their format, on their page and on the results page', async () => {
    const p = await mount('id');
    await openOutline(p);
    await press(p, '.outline [data-page="downloads"]');
    await settleDeep(p);
    const links = () => [...p.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.resource-list a')];
    expect(links().map((a) => [text(a), a.hasAttribute('download')])).toEqual([['Kartu saku: Tolak – Catat – Laporkan (halaman web, siap cetak)', true]]);
    expect(links()[0]!.href).toBe(aidsCourse.resources![0]!.src);
    expect(await axeViolations(p)).toEqual([]);
    p.setLanguage('en');
    await settleDeep(p);
    expect(links().map(text)).toEqual(['Pocket card: Refuse – Record – Report (web page, ready to print)']);
    p.showResults();
    await settleDeep(p);
    await settleDeep(p);
    expect(text($(p, '#downloads-title'))).toBe('Downloads');
    expect(links().map(text)).toEqual(['Pocket card: Refuse – Record – Report (web page, ready to print)']);
  });

  it('asks before Next leaves an unplayed required scenario, and "Do it now" puts focus on its start button', async () => {
    const p = await mount('id');
    p.goTo('skenario');
    await settleDeep(p);
    await press(p, '.pager .primary');
    expect(text($(p, 'h1'))).toBe('Skenario: parsel Lebaran');
    const prompt = $(p, '[part="required-prompt"]');
    expect([prompt.getAttribute('role'), text(prompt.querySelector('h2')), text(prompt.querySelector('#required-text'))]).toEqual([
      'alertdialog',
      'Kegiatan wajib belum selesai',
      'Skenario “Parsel dari rekanan” di halaman ini wajib dimainkan sampai akhir untuk menyelesaikan kursus.',
    ]);
    expect(deepActive()).toBe($(p, '#required-title'));
    expect(await axeViolations(p)).toEqual([]);
    await press(p, '[data-action="do-it-now"]');
    const scenario = $(p, 'ck-scenario');
    expect(deepActive()).toBe(scenario.shadowRoot!.querySelector('[part="start"]'));
    expect(p.shadowRoot!.querySelector('[part="required-prompt"]')).toBeNull();
  });

  it('lets the learner go on anyway, then the results page leads straight back to each unfinished item (English)', async () => {
    const p = await mount('en');
    p.goTo('skenario');
    await settleDeep(p);
    await press(p, '.pager .primary');
    expect(text($(p, '#required-text'))).toBe('The scenario “A parcel from a vendor” on this page must be played to an ending to complete the course.');
    await press(p, '[data-action="continue-anyway"]');
    expect(text($(p, 'h1'))).toBe('Final quiz');
    await press(p, '.pager .primary');
    expect(text($(p, '#required-text'))).toBe('“Final quiz: gratuities” on this page must be taken and submitted to complete the course.');
    await press(p, '[data-action="continue-anyway"]');
    expect(text($(p, '#results-title'))).toBe('Your results');
    const unfinished = $(p, '[part="unfinished"]');
    expect(text(unfinished.querySelector('h2'))).toBe('Continue what is unfinished');
    expect([...unfinished.querySelectorAll('button')].map((b) => [b.dataset.unfinished, text(b)])).toEqual([
      ['scenario:parcel', 'Play the scenario “A parcel from a vendor”'],
      ['assessment:final', 'Take “Final quiz: gratuities”'],
      ['page:jenis', 'Open the page “Kinds of gratuities”'],
      ['page:media', 'Open the page “Video and audio”'],
      ['page:cek', 'Open the page “Check your understanding”'],
    ]);
    expect(await axeViolations(p)).toEqual([]);
    await press(p, '[data-unfinished="scenario:parcel"]');
    expect(text($(p, 'h1'))).toBe('Scenario: the Lebaran parcel');
    expect(deepActive()).toBe($(p, 'ck-scenario').shadowRoot!.querySelector('[part="start"]'));
  });
});
