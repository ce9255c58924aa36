import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './tabs';
import type { CkTabs } from './tabs.component';
import { deepActive, tabTo } from '../internal/test/keyboard';
import { axeViolations, settle } from '../internal/test/axe';

const tabs = [
  { title: 'Tolak', markdown: 'Tolak dengan sopan.' },
  { title: 'Laporkan', markdown: 'Laporkan ke **UPG**.' },
  { title: 'Simpan bukti', markdown: 'Foto barangnya.' },
];

async function mount(): Promise<CkTabs> {
  const el = document.createElement('ck-tabs');
  el.tabs = tabs;
  el.label = 'Langkah';
  document.body.append(el);
  await settle(el);
  return el;
}

afterEach(() => document.querySelectorAll('ck-tabs').forEach((e) => e.remove()));

describe('<ck-tabs>', () => {
  it('is one tab stop; arrows, Home and End move, select and show the panel (WAI-ARIA tabs)', async () => {
    const el = await mount();
    const seen: number[] = [];
    el.addEventListener('ck-tab-change', (e) => seen.push(e.detail.index));
    await tabTo('[role="tab"]');
    expect(deepActive()?.id).toBe('tab-0');
    const state = () => [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => `${t.getAttribute('aria-selected')}/${t.getAttribute('tabindex')}`);
    expect(state()).toEqual(['true/0', 'false/-1', 'false/-1']);
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(deepActive()?.id).toBe('tab-1');
    expect(state()).toEqual(['false/-1', 'true/0', 'false/-1']);
    expect(el.shadowRoot!.querySelector('[role="tabpanel"]')!.textContent!.trim()).toBe('Laporkan ke UPG.');
    expect(el.shadowRoot!.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe('tab-1');
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(deepActive()?.id).toBe('tab-2');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(deepActive()?.id).toBe('tab-0');
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(seen).toEqual([1, 2, 0, 2, 0]);
    // Tab leaves the tab list for the panel.
    await userEvent.keyboard('{Tab}');
    expect(deepActive()?.getAttribute('role')).toBe('tabpanel');
    expect(await axeViolations(el)).toEqual([]);
  });
});
