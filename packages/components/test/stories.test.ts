/// <reference types="vite/client" />
import { render, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../src/question/test-helpers';
import { settleDeep } from '../src/course-player/fixtures/dom';

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
          } finally {
            container.remove();
          }
        });
      }
    });
  }
});
