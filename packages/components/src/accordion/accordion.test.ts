import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './accordion';
import type { CkAccordion } from './accordion.component';
import { deepActive, tabTo } from '../internal/test/keyboard';
import { axeViolations, settle } from '../internal/test/axe';

afterEach(() => document.querySelectorAll('ck-accordion').forEach((e) => e.remove()));

describe('<ck-accordion>', () => {
  it('opens and closes sections from the keyboard, with aria-expanded, the panel region and ck-toggle', async () => {
    const el = document.createElement('ck-accordion') as CkAccordion;
    el.items = [
      { title: 'Yang wajib dilaporkan', markdown: 'Pemberian terkait **jabatan**.' },
      { title: 'Cara melapor', markdown: 'Ke UPG.' },
    ];
    document.body.append(el);
    await settle(el);
    const toggles: string[] = [];
    el.addEventListener('ck-toggle', (e) => toggles.push(`${e.detail.index}:${e.detail.open}`));
    const panel = (i: number) => el.shadowRoot!.querySelector<HTMLElement>(`#panel-${i}`)!;
    expect([panel(0).hidden, panel(1).hidden]).toEqual([true, true]);
    await tabTo('#trigger-1');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(deepActive()?.id).toBe('trigger-1');
    expect(deepActive()?.getAttribute('aria-expanded')).toBe('true');
    expect([panel(0).hidden, panel(1).hidden]).toEqual([true, false]);
    expect(panel(1).getAttribute('role')).toBe('region');
    expect(panel(1).getAttribute('aria-labelledby')).toBe('trigger-1');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(panel(1).hidden).toBe(true);
    expect(toggles).toEqual(['1:true', '1:false']);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('3');
    el.expanded = [0];
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);
  });
});
