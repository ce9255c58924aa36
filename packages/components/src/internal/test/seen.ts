/** The text a learner sees in an element: its light and shadow trees, nested shadow roots included, styles left out. */
export function visibleText(node: Node): string {
  if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const el = node as Element;
  return [...(el.shadowRoot?.childNodes ?? []), ...node.childNodes].map(visibleText).join(' ').replace(/\s+/g, ' ').trim();
}

/** Every button in an element's trees, nested shadow roots included. */
function buttons(root: ParentNode): HTMLButtonElement[] {
  const found = [...root.querySelectorAll('button')];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...buttons(el.shadowRoot));
  return found;
}

/**
 * Records what an element shows, once a frame, until `stop()`: each distinct text, in order, and
 * the buttons that had no name (no text, no `aria-label`) in some frame.
 *
 * @example
 * const seen = watchText(player); … ; const { texts, unnamedButtons } = seen.stop();
 */
export function watchText(el: Element): { stop(): { texts: string[]; unnamedButtons: number } } {
  const texts: string[] = [];
  let unnamedButtons = 0;
  let frame = 0;
  const look = () => {
    const now = visibleText(el);
    if (now !== texts[texts.length - 1]) texts.push(now);
    if (el.shadowRoot) unnamedButtons += buttons(el.shadowRoot).filter((b) => !b.textContent?.trim() && !b.getAttribute('aria-label')).length;
    frame = requestAnimationFrame(look);
  };
  look();
  return {
    stop() {
      cancelAnimationFrame(frame);
      look();
      cancelAnimationFrame(frame);
      return { texts, unnamedButtons };
    },
  };
}

/** Words that look like a UI string's key (`pageOf`, `loadFailed`) or a missing value. */
export const KEY_LIKE = /\b(?:undefined|null|[a-z]+[A-Z][A-Za-z]*)\b/;
