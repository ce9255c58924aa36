/// <reference types="vite/client" />
import { render, type TemplateResult } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { axeViolations } from '../src/internal/test/axe';
import { settleDeep } from '../src/internal/test/dom';

interface AnyStory {
  args?: object;
  render?: (args: never) => TemplateResult;
}
interface StoryModule {
  default: AnyStory & { title: string; component: string; render: (args: never) => TemplateResult };
  [name: string]: unknown;
}

// Every story of every element in the package, the interaction elements' included.
const modules = import.meta.glob<StoryModule>('../src/**/*.stories.ts', { eager: true });

/** Waits until every player inside has started its course or shown its error. */
async function playersReady(root: Element): Promise<void> {
  const players = [...root.querySelectorAll('ck-course-player')] as Array<HTMLElement & { engine?: unknown }>;
  await Promise.all(
    players.map(
      (p) =>
        p.engine ||
        p.shadowRoot?.querySelector('[role="alert"]') ||
        new Promise<void>((resolve) => {
          p.addEventListener('ck-ready', () => resolve(), { once: true });
          p.addEventListener('ck-error', () => resolve(), { once: true });
        }),
    ),
  );
}

/** Visible text of an element and everything in its shadow roots. */
function deepText(node: Element | ShadowRoot): string {
  let out = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
    else if (child instanceof Element) out += deepText(child);
  }
  return out;
}

describe('every story renders and has no axe-core WCAG 2.2 AA violations', () => {
  for (const [path, module] of Object.entries(modules)) {
    const meta = module.default;
    describe(meta.title, () => {
      for (const [name, value] of Object.entries(module)) {
        if (name === 'default') continue;
        const story = value as AnyStory;
        it(`${name} (${path.replace('../src/', '')})`, async () => {
          const container = document.createElement('div');
          document.body.append(container);
          try {
            render((story.render ?? meta.render)({ ...(meta.args ?? {}), ...(story.args ?? {}) } as never), container);
            await settleDeep(container);
            await playersReady(container);
            await settleDeep(container);
            const host = container.querySelector(meta.component);
            expect(host, `<${meta.component}> in the story`).not.toBeNull();
            expect(deepText(host!).replace(/\s+/g, ' ').trim().length).toBeGreaterThan(1);
            expect(await axeViolations(container)).toEqual([]);
            if (/dark/i.test(name)) {
              // A dark story shows light text: the element really is in the dark theme.
              expect(luminance(getComputedStyle(host!).color), 'text luminance').toBeGreaterThan(0.5);
            }
          } finally {
            container.remove();
          }
        });
      }

      it('has its important states: an English story and a dark one', () => {
        const names = Object.keys(module).filter((n) => n !== 'default');
        expect(names.some((n) => /English/.test(n)) || names.some((n) => (module[n] as AnyStory).args && ['lang', 'language'].some((k) => ((module[n] as AnyStory).args as Record<string, unknown>)[k] === 'en')), 'an English story').toBe(true);
        expect(names.some((n) => /dark/i.test(n)), 'a dark story').toBe(true);
      });
    });
  }
});

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Every element below `root`, through shadow roots. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Seconds in a computed `transition-duration` or `animation-duration` list, the longest. */
const longest = (durations: string): number => Math.max(...durations.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));

// WCAG 1.4.10 (reflow) and 2.3.3 (animation from interactions): a 320 CSS px viewport is what a
// 640 px wide window shows at 200% zoom; the learner asked the system for reduced motion.
describe('every story at 320 px width (200% zoom) with prefers-reduced-motion', () => {
  beforeAll(async () => {
    await page.viewport(320, 640);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  });
  afterAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    await page.viewport(414, 896);
  });

  for (const [path, module] of Object.entries(modules)) {
    const meta = module.default;
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default') continue;
      const story = value as AnyStory;
      it(`${meta.title} / ${name}: no sideways scrolling, nothing moves`, async () => {
        const container = document.createElement('div');
        document.body.append(container);
        try {
          render((story.render ?? meta.render)({ ...(meta.args ?? {}), ...(story.args ?? {}) } as never), container);
          await settleDeep(container);
          await playersReady(container);
          await settleDeep(container);
          expect(document.documentElement.clientWidth).toBe(320);
          expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(document.documentElement.clientWidth);
          const scrollers = deepElements(container).filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1);
          expect(scrollers.map((e) => `${e.localName}.${e.className}`), 'parts that scroll sideways').toEqual([]);
          const moving = deepElements(container).filter((e) => {
            const cs = getComputedStyle(e);
            return longest(cs.transitionDuration) > 0.001 || (cs.animationName !== 'none' && longest(cs.animationDuration) > 0.001);
          });
          expect(moving.map((e) => `${e.localName}.${e.className}`), 'animated under reduced motion').toEqual([]);
        } finally {
          container.remove();
        }
      });
    }
  }
});
