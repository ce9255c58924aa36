import { afterEach, describe, expect, it } from 'vitest';
import './progress';
import type { CkProgress } from './progress.component';
import { axeViolations, settle } from '../internal/test/axe';

afterEach(() => document.querySelectorAll('ck-progress').forEach((e) => e.remove()));

describe('<ck-progress>', () => {
  it('is a named progressbar with its value, range and value text, clamped to the range', async () => {
    const el = document.createElement('ck-progress') as CkProgress;
    el.value = 3;
    el.max = 9;
    el.valuetext = '3 dari 9 halaman dilihat (33%)';
    document.body.append(el);
    await settle(el);
    const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(['aria-label', 'aria-valuemin', 'aria-valuemax', 'aria-valuenow', 'aria-valuetext'].map((a) => bar.getAttribute(a))).toEqual(['Kemajuan', '0', '9', '3', '3 dari 9 halaman dilihat (33%)']);
    expect(el.shadowRoot!.querySelector('.label')!.textContent).toBe('33%');
    el.value = 12;
    el.setAttribute('lang', 'en');
    await settle(el);
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-label'), el.percent]).toEqual(['9', 'Progress', 100]);
    expect(await axeViolations(el)).toEqual([]);
  });
});
