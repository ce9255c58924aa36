import { render } from 'lit';
import { expect, it } from 'vitest';
import type { TemplateResult } from 'lit';
import { axeViolations } from './axe';

interface AnyStory {
  args?: object;
  render?: (args: never) => TemplateResult;
}
type StoryModule = { default: AnyStory & { title: string; component: string; render: (args: never) => TemplateResult } } & Record<string, unknown>;

/** Waits until every element inside (shadow roots included) has finished rendering. */
async function settleTree(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await new Promise((r) => setTimeout(r, 0));
    const pending: Array<Promise<unknown>> = [];
    const walk = (node: Element | ShadowRoot): void => {
      for (const child of node.querySelectorAll('*')) {
        const update = (child as { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    };
    walk(root);
    await Promise.all(pending);
  }
}

/**
 * One test per story of a CSF3 module: render it as Storybook would (meta args, then the
 * story's), check it shows something and has no axe-core WCAG 2.2 AA violations.
 *
 * @example
 * checkStories(await import('../../question/scenario.stories'));
 */
export function checkStories(module: StoryModule, expectShadowText: (host: Element) => string): void {
  const meta = module.default;
  for (const [name, value] of Object.entries(module)) {
    if (name === 'default') continue;
    const story = value as AnyStory;
    it(`story ${meta.title}/${name} renders and has no axe violations`, async () => {
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const args = { ...(meta.args ?? {}), ...(story.args ?? {}) } as never;
        render((story.render ?? meta.render)(args), container);
        await settleTree(container);
        const host = container.querySelector(meta.component)!;
        expect(expectShadowText(host).length).toBeGreaterThan(10);
        expect(await axeViolations(container)).toEqual([]);
      } finally {
        container.remove();
      }
    });
  }
}
