/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { RecordingTracker } from '../internal/fixtures/trackers';
import type { Card, ResolvedCourse } from '@coursekit/schema';
import './micro-cards';
import type { CkMicroCards } from './micro-cards.component';
import type { CardChangeDetail } from './micro-cards.events';
import { axeViolations } from '../internal/test/axe';
import { mythCards } from './fixtures/myths';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

async function mount(setup: (el: CkMicroCards) => void): Promise<CkMicroCards> {
  const el = document.createElement('ck-micro-cards');
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

function shown(el: CkMicroCards): string {
  const card = el.shadowRoot!.querySelector<HTMLElement>('.card:not([inert])')!;
  return `${card.id}|${card.getAttribute('aria-label')}`;
}

function live(el: CkMicroCards): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

function record(el: HTMLElement): CardChangeDetail[] {
  const seen: CardChangeDetail[] = [];
  el.addEventListener('ck-card-change', (e) => seen.push(e.detail));
  return seen;
}

async function drag(el: HTMLElement, dx: number, dy = 0): Promise<void> {
  const box = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const session = cdp();
  await session.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
  for (let i = 1; i <= 5; i++) {
    await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: x + (dx * i) / 5, y: y + (dy * i) / 5, button: 'left', buttons: 1 });
  }
  await session.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: x + dx, y: y + dy, button: 'left', clickCount: 1 });
}

async function touchSwipe(el: HTMLElement, dx: number): Promise<void> {
  const box = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const session = cdp();
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 5; i++) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y }] });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** A course with one page holding the myths deck. */
const deckCourse = {
  schemaVersion: '1.0',
  id: 'deck',
  version: '1.0.0',
  title: 'Deck',
  languages: ['id', 'en'],
  defaultLanguage: 'id',
  modules: [{ id: 'm', title: 'm', pages: [{ id: 'p', title: 'p', blocks: [{ type: 'cards', id: 'myths', style: 'micro', title: { id: 'Mitos gratifikasi', en: 'Gratuity myths' }, cards: mythCards }] }] }],
};

async function cardsShown(el: CkMicroCards): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.card'); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

describe('<ck-micro-cards>', () => {
  it('moves through the deck with the arrow keys, Home and End, announcing "Kartu n dari 6"', async () => {
    const el = await mount((e) => (e.cards = mythCards));
    const seen = record(el);
    expect(shown(el)).toBe('kecil-tidak-apa|Kartu 1 dari 6');
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement!.className).toBe('viewport');
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(shown(el)).toBe('sudah-tradisi|Kartu 2 dari 6');
    expect(live(el)).toBe('Kartu 2 dari 6');
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(shown(el)).toBe('kecil-tidak-apa|Kartu 1 dari 6');
    expect(seen).toEqual([
      { index: 1, cardId: 'sudah-tradisi', total: 6 },
      { index: 5, cardId: 'lapor-kpk', total: 6 },
      { index: 4, cardId: 'tolak-sopan', total: 6 },
      { index: 0, cardId: 'kecil-tidak-apa', total: 6 },
    ]);
  });

  it('turns with the next, previous and dot buttons by keyboard', async () => {
    const el = await mount((e) => (e.cards = mythCards));
    const seen = record(el);
    await userEvent.keyboard('{Tab}{Tab}{Tab}'); // viewport, previous, first dot
    await userEvent.keyboard('{Tab}{Tab}{Enter}'); // third dot
    await el.updateComplete;
    expect(shown(el)).toBe('keluarga|Kartu 3 dari 6');
    const dots = [...el.shadowRoot!.querySelectorAll('.dot')].map((d) => d.getAttribute('aria-current'));
    expect(dots).toEqual(['false', 'false', 'true', 'false', 'false', 'false']);
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{Tab}'); // dots 4–6, next
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(shown(el)).toBe('hadiah-pernikahan|Kartu 4 dari 6');
    expect(seen.map((d) => d.index)).toEqual([2, 3]);
  });

  it('follows a mouse swipe left and right, and ignores a short or vertical drag', async () => {
    const el = await mount((e) => (e.cards = mythCards));
    const seen = record(el);
    await drag(el, -120);
    await el.updateComplete;
    expect(shown(el)).toBe('sudah-tradisi|Kartu 2 dari 6');
    await drag(el, -20);
    await drag(el, -50, 200);
    await el.updateComplete;
    expect(shown(el)).toBe('sudah-tradisi|Kartu 2 dari 6');
    await drag(el, 120);
    await el.updateComplete;
    expect(shown(el)).toBe('kecil-tidak-apa|Kartu 1 dari 6');
    expect(seen.map((d) => d.cardId)).toEqual(['sudah-tradisi', 'kecil-tidak-apa']);
  });

  it('follows a touch swipe', async () => {
    const el = await mount((e) => (e.cards = mythCards));
    await touchSwipe(el, -150);
    await el.updateComplete;
    expect(shown(el)).toBe('sudah-tradisi|Kartu 2 dari 6');
  });

  it('opens at the card named in the URL fragment, and copies a link to the current card without navigator.share', async () => {
    history.replaceState(null, '', '#tolak-sopan');
    const el = await mount((e) => (e.cards = mythCards));
    expect(shown(el)).toBe('tolak-sopan|Kartu 5 dari 6');
    const copied: string[] = [];
    const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    const clipboard = navigator.clipboard.writeText;
    // Chromium headless has navigator.share; hide it to take the clipboard path.
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.share')!.click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
    } finally {
      if (share) Object.defineProperty(Navigator.prototype, 'share', share);
      navigator.clipboard.writeText = clipboard;
    }
    expect(copied).toEqual([`${location.href.split('#')[0]}#tolak-sopan`]);
    expect(live(el)).toBe('Tautan kartu disalin.');
  });

  it('switches its UI language at run time and keeps the current card', async () => {
    const el = await mount((e) => (e.cards = mythCards));
    await userEvent.keyboard('{Tab}{ArrowRight}');
    el.lang = 'en';
    await el.updateComplete;
    expect(shown(el)).toBe('sudah-tradisi|Card 2 of 6');
    expect(el.shadowRoot!.querySelector('.card:not([inert]) .front')!.textContent!.trim()).toBe('"It is tradition, everyone does it."');
  });

  it('honours prefers-reduced-motion: the track does not animate', async () => {
    const el = await mount((e) => (e.cards = mythCards));
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      const track = el.shadowRoot!.querySelector('.track')!;
      expect(getComputedStyle(track).transitionDuration).toBe('0s');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
    expect(getComputedStyle(el.shadowRoot!.querySelector('.track')!).transitionDuration).toBe('0.25s');
  });

  it('reads a cards block from a course JSON by block id', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(deckCourse)], { type: 'application/json' }));
    const el = await mount((e) => {
      e.src = url;
      e.blockId = 'myths';
      e.lang = 'en';
    });
    await cardsShown(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).toBe('Gratuity myths');
    expect(shown(el)).toBe('kecil-tidak-apa|Card 1 of 6');
    URL.revokeObjectURL(url);
  });

  it('plays a course block through its own session: the trackers launch, are handed the course start in the language they saved, and end once on pagehide', async () => {
    const tracker = new RecordingTracker('test', { language: 'en' });
    const el = await mount((e) => {
      e.course = deckCourse as unknown as ResolvedCourse;
      e.blockId = 'myths';
      e.trackers = [tracker];
    });
    await cardsShown(el);
    // No lang attribute: the LMS's language (en) wins over the course default (id).
    expect(el.shadowRoot!.querySelector('.title')!.textContent).toBe('Gratuity myths');
    // The session's first save is due at once (a timer of 0 ms, set by the first events).
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    await el.updateComplete;
    // The deck's course has one page: seeing it completes the module and the course.
    // One save for the events of the start, then the one terminate.
    expect(tracker.calls.map((c) => c.call)).toEqual(['launch', 'handle', 'handle', 'handle', 'handle', 'save', 'terminate']);
    expect(tracker.calls[0]).toEqual({ call: 'launch', courseId: 'deck' });
    expect(tracker.events.map(({ event, pageId, language }) => `${event.type} ${pageId} ${language}`)).toEqual(['course-started p en', 'page-viewed p en', 'module-completed p en', 'course-completed p en']);
    expect(tracker.calls.slice(5)).toEqual([{ call: 'save', pageId: 'p' }, { call: 'terminate', reason: 'pagehide', pageId: 'p' }]);
  });

  it('says the cards could not be loaded, and reports engine-failed, when the engine cannot start on the course', async () => {
    const errors: unknown[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('ck-error', onError);
    try {
      const el = await mount((e) => {
        e.course = { ...deckCourse, id: 'no-pages', modules: [] } as unknown as ResolvedCourse;
        e.blockId = 'myths';
      });
      for (let i = 0; i < 50 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      expect(errors).toEqual([{ code: 'engine-failed', message: expect.any(String), source: 'ck-micro-cards' }]);
      const message = (errors[0] as { message: string }).message;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toBe(`Kartu tidak dapat dimuat: ${message}`);
    } finally {
      document.removeEventListener('ck-error', onError);
    }
  });

  it('fits 320px without horizontal scrolling', async () => {
    const el = await mount((e) => {
      e.cards = mythCards;
      e.style.width = '320px';
    });
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  });

  it('renders author text inert: markup shows as text', async () => {
    const el = await mount((e) => (e.cards = [{ id: 'x', front: '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>', back: '[klik](javascript:alert(1))' }]));
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    const card = el.shadowRoot!.querySelector('.card')!;
    expect(card.querySelector('img, script')).toBeNull();
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('.front')!.textContent!.trim()).toBe('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>');
  });

  it('has no axe violations, in Indonesian and English', async () => {
    const el = await mount((e) => {
      e.cards = mythCards;
      e.heading = 'Mitos gratifikasi';
    });
    expect(await axeViolations(el)).toEqual([]);
    el.lang = 'en';
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });
});
