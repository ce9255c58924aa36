import { afterEach, describe, expect, it } from 'vitest';
import './callout';
import type { CkCallout } from './callout.component';
import { axeViolations, settle } from '../internal/test/axe';

afterEach(() => document.querySelectorAll('ck-callout').forEach((e) => e.remove()));

describe('<ck-callout>', () => {
  it('says its kind in words, in the UI language, as a named note', async () => {
    const el = document.createElement('ck-callout') as CkCallout;
    el.variant = 'legal';
    el.heading = 'UU 20/2001 Pasal 12C';
    el.markdown = 'Laporkan dalam **30 hari kerja**.';
    document.body.append(el);
    await settle(el);
    const note = el.shadowRoot!.querySelector('[role="note"]')!;
    expect([note.getAttribute('aria-label'), el.shadowRoot!.querySelector('.kind')!.textContent]).toEqual(['Dasar hukum: UU 20/2001 Pasal 12C', 'Dasar hukum']);
    el.setAttribute('lang', 'en');
    el.variant = 'warning';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.kind')!.textContent).toBe('Warning');
    expect(await axeViolations(el)).toEqual([]);
  });
});
