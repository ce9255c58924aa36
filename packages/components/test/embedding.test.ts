import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CourseEngine } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import '../src/course-player/course-player';
import { CkCoursePlayer } from '../src/course-player/course-player.component';
import { $, ready, settleDeep } from '../src/internal/test/dom';
import { sampleCourse } from '../src/internal/fixtures/sample.course';
import { QUESTION_ELEMENTS } from '../src/internal/question-elements';

// The elements of question types load on demand, when such a question shows; defined here so their hosts are checked too.
await Promise.all(Object.values(QUESTION_ELEMENTS).map((e) => e!.load()));
import manifest from '../custom-elements.json';

// How a host page lives with the elements: events it can hear from anywhere, styles that neither
// get in nor get out, and the documented ways in (custom properties and ::part).

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  events?: Array<{ name: string }>;
}
const documented = new Set((manifest.modules as Array<{ declarations?: Declaration[] }>).flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement ? (d.events ?? []).map((e) => e.name) : [])));

/** Every element in `root` and in the shadow roots below it. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Clicks the first button matching `selector` in the shadow root of the first `tag` element, deep in `root`. */
async function press(player: CkCoursePlayer, tag: string, selector: string): Promise<void> {
  const el = deepElements(player.shadowRoot!).find((e) => e.localName === tag);
  const button = el?.shadowRoot?.querySelector<HTMLElement>(selector);
  expect(button, `${selector} in <${tag}>`).toBeTruthy();
  button!.click();
  await settleDeep(player);
}

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

beforeAll(() => {
  CkCoursePlayer.engineClass = CourseEngine;
});

/** The player inside a host element's own shadow root, as a web app built from components would hold it. */
async function embedded(course: ResolvedCourse = sampleCourse): Promise<CkCoursePlayer> {
  const host = document.createElement('div');
  document.body.append(host);
  cleanup.push(() => host.remove());
  const player = document.createElement('ck-course-player');
  player.course = course;
  host.attachShadow({ mode: 'open' }).append(player);
  await ready(player);
  return player;
}

describe('embedding', () => {
  it('documents events in the manifest, and every ck- event reaches the document: bubbling, composed, with a detail object', async () => {
    const heard: Event[] = [];
    const names = [...documented];
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const listener = (e: Event) => heard.push(e);
      document.addEventListener(name, listener);
      cleanup.push(() => document.removeEventListener(name, listener));
    }
    const player = await embedded({ ...sampleCourse, navigation: { mode: 'free' } });
    const goTo = async (pageId: string) => {
      expect(player.goTo(pageId)).toBe(true);
      await settleDeep(player);
    };
    await goTo('jenis');
    await press(player, 'ck-accordion', 'button[aria-expanded="false"]');
    await press(player, 'ck-tabs', '[role="tab"][aria-selected="false"]');
    await press(player, 'ck-flip-cards', 'button');
    await press(player, 'ck-micro-cards', '[part="dot"]:not([aria-current="true"]), .next');
    await goTo('cek');
    await press(player, 'ck-question', 'input');
    await press(player, 'ck-question', '[part="submit"]');
    await goTo('skenario');
    for (let guard = 0; guard < 30; guard++) {
      const scenario = deepElements(player.shadowRoot!).find((e) => e.localName === 'ck-scenario')!;
      const step = scenario.shadowRoot!.querySelector<HTMLElement>('[part="start"], [part="continue"], button[data-choice]');
      if (!step) break;
      step.click();
      await settleDeep(player);
    }
    player.setLanguage('en');
    await settleDeep(player);

    const seen = new Set(heard.map((e) => e.type));
    for (const name of ['ck-ready', 'ck-page-change', 'ck-learning', 'ck-language-change', 'ck-toggle', 'ck-tab-change', 'ck-flip', 'ck-card-change', 'ck-answer', 'ck-scenario-start', 'ck-choice', 'ck-scenario-end']) {
      expect(seen, name).toContain(name);
    }
    for (const e of heard) {
      expect([e.type, e.bubbles, e.composed, typeof (e as CustomEvent).detail]).toEqual([e.type, true, true, 'object']);
    }
  });

  it('keeps the page’s styles out and its own in', async () => {
    const page = new CSSStyleSheet();
    // Inherited properties a page might set on everything, and greedy selectors.
    page.replaceSync(`
      body { color: rgb(255, 0, 0); font-family: monospace; letter-spacing: 9px; word-spacing: 9px; text-transform: uppercase; text-align: right; font-style: italic; font-weight: 900; text-indent: 40px; white-space: pre; line-height: 5; }
      h1, p, button, li, div, span { display: none !important; color: rgb(255, 0, 0) !important; }
    `);
    const probe = document.createElement('p');
    probe.textContent = 'host text';
    document.body.append(probe);
    cleanup.push(() => probe.remove());
    const before = { sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length };
    const reference = (() => {
      const cs = getComputedStyle(probe);
      return [cs.display, cs.color, cs.margin, cs.fontFamily, cs.fontSize].join('|');
    })();

    const player = await embedded();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
    cleanup.push(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== page)));
    await settleDeep(player);
    const h1 = $(player, 'h1');
    const cs = getComputedStyle(h1);
    expect(cs.display).toBe('block');
    expect(cs.color).not.toBe('rgb(255, 0, 0)');
    expect(cs.fontFamily).not.toBe('monospace');
    expect([cs.letterSpacing, cs.wordSpacing, cs.textTransform, cs.textAlign, cs.fontStyle, cs.textIndent, cs.whiteSpace]).toEqual(['normal', '0px', 'none', 'start', 'normal', '0px', 'normal']);
    expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).toBeLessThan(2);

    // Every element resets them on its host, used on its own too.
    const tags = (manifest.modules as Array<{ declarations?: Declaration[] }>).flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
    expect(tags.length).toBe(14);
    for (const tag of tags) {
      const el = document.createElement(tag);
      document.body.append(el);
      const hs = getComputedStyle(el);
      expect([tag, hs.letterSpacing, hs.textTransform, hs.textAlign, hs.fontStyle, hs.whiteSpace, hs.color === 'rgb(255, 0, 0)']).toEqual([tag, 'normal', 'none', 'start', 'normal', 'normal', false]);
      el.remove();
    }

    // Out: the player adds no style to the document, and the page's own paragraph looks the same.
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== page);
    expect({ sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length }).toEqual(before);
    const after = getComputedStyle(probe);
    expect([after.display, after.color, after.margin, after.fontFamily, after.fontSize].join('|')).toBe(reference);
  });

  it('takes theming through custom properties and ::part', async () => {
    const theme = new CSSStyleSheet();
    theme.replaceSync(`
      ck-course-player { --ck-color-accent: rgb(1, 2, 3); }
      ck-course-player::part(header) { border-bottom: 7px solid rgb(4, 5, 6); }
    `);
    const host = document.createElement('div');
    document.body.append(host);
    cleanup.push(() => host.remove());
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [theme];
    const player = document.createElement('ck-course-player');
    player.course = { ...sampleCourse, theme: undefined } as ResolvedCourse;
    root.append(player);
    await ready(player);
    const next = $(player, '.pager button.primary');
    expect(getComputedStyle(next).backgroundColor).toBe('rgb(1, 2, 3)');
    const header = getComputedStyle($(player, '[part="header"]'));
    expect([header.borderBottomWidth, header.borderBottomColor]).toEqual(['7px', 'rgb(4, 5, 6)']);
  });
});
