import axe from 'axe-core';

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on an element, shadow DOM included, and returns
 * each violation as "rule: selector" so a failing test names what to fix.
 *
 * @example
 * expect(await axeViolations(el)).toEqual([]);
 */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

/** Waits for every pending render of the element and its children (one macrotask, then Lit). */
export async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}
