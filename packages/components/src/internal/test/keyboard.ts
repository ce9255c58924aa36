import { userEvent } from 'vitest/browser';

/** The focused element, looking through open shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab (real key events) until the focused element matches `selector`, as a keyboard
 * user would; fails after `max` presses so a broken tab order cannot loop forever.
 *
 * @example
 * await tabTo('button[data-choice="report-parcel"]');
 */
export async function tabTo(selector: string, max = 40): Promise<Element> {
  for (let i = 0; i <= max; i++) {
    const active = deepActive();
    if (active?.matches(selector)) return active;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}

/** Tabs to `selector` and presses Enter (or Space) on it. */
export async function activate(selector: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(selector);
  await userEvent.keyboard(key === 'Enter' ? '{Enter}' : ' ');
}

/**
 * Checks the radio with `value` the way a keyboard user does: Tab into the group (one stop),
 * then arrow keys, which move and check; Space when the first radio is the one.
 */
export async function chooseRadio(value: string): Promise<void> {
  const first = (await tabTo('input[type="radio"]')) as HTMLInputElement;
  if (first.value === value) {
    await userEvent.keyboard(' ');
    return;
  }
  for (let i = 0; i < 20 && (deepActive() as HTMLInputElement | null)?.value !== value; i++) await userEvent.keyboard('{ArrowDown}');
  if ((deepActive() as HTMLInputElement | null)?.value !== value) throw new Error(`no radio with value ${value}`);
}
