import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import './certificate';
import type { CkCertificate } from './certificate.component';
import { axeViolations, settle } from '../internal/test/axe';

declare module 'vitest/browser' {
  interface BrowserCommands {
    printToPdf: (path: string, format: 'A4' | 'Letter') => Promise<{ pages: [number, number][]; outside: string[]; certificate: boolean }>;
  }
}

afterEach(() => document.querySelectorAll('ck-certificate, .cert-host').forEach((e) => e.remove()));

async function mount(lang = 'id'): Promise<CkCertificate> {
  const el = document.createElement('ck-certificate');
  Object.assign(el, { learnerName: 'Siti Rahmawati', courseTitle: 'Penjaga Integritas', issuedAt: '2026-11-24', score: 0.875, certificateId: 'IR-2026-4F7K-9Q2M', issuer: 'Inspektorat Jenderal', signatoryName: 'Dr. Ratna Dewi', signatoryTitle: 'Inspektur Jenderal' });
  el.setAttribute('lang', lang);
  document.body.append(el);
  await settle(el);
  return el;
}

describe('<ck-certificate>', () => {
  it('shows name, course, score, date, number, issuer and signatory in the UI language', async () => {
    const el = await mount();
    const t = (s: string) => el.shadowRoot!.querySelector(s)!.textContent!.replace(/\s+/g, ' ').trim();
    expect([t('h2'), t('.name'), t('.course')]).toEqual(['Sertifikat', 'Siti Rahmawati', 'Penjaga Integritas']);
    expect([...el.shadowRoot!.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['24 November 2026', 'IR-2026-4F7K-9Q2M', 'Inspektorat Jenderal']);
    expect(el.shadowRoot!.textContent).toContain('dengan nilai 87,5%');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain('with a score of 87.5%');
    expect([...el.shadowRoot!.querySelectorAll('dd')][0]!.textContent).toBe('November 24, 2026');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('marks the chain of hosts up through shadow roots while printing, then puts the page back', async () => {
    const host = document.createElement('div');
    host.className = 'cert-host';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('ck-certificate');
    root.append(el);
    await settle(el);
    let printed = 0;
    const original = window.print;
    window.print = () => void printed++;
    try {
      el.print();
      expect(printed).toBe(1);
      expect([el.hasAttribute('data-ck-print'), host.hasAttribute('data-ck-print'), document.documentElement.hasAttribute('data-ck-print')]).toEqual([true, true, true]);
      expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.startsWith('@page')))).toBe(true);
      dispatchEvent(new Event('afterprint'));
      expect([el.hasAttribute('data-ck-print'), host.hasAttribute('data-ck-print'), document.documentElement.hasAttribute('data-ck-print')]).toEqual([false, false, false]);
      expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.startsWith('@page')))).toBe(false);
    } finally {
      window.print = original;
    }
  });

  // Paper sizes in PostScript points (1/72 in), landscape; Chromium rounds the page box to whole CSS pixels.
  for (const [format, [w, h]] of [
    ['A4', [841.89, 595.28]],
    ['Letter', [792, 612]],
  ] as const) {
    it(`prints the player's certificate alone on one landscape ${format} page`, async () => {
      const { pages, outside, certificate } = await commands.printToPdf('/src/certificate/fixtures/print.html', format);
      expect(pages).toHaveLength(1);
      expect(Math.abs(pages[0]![0] - w)).toBeLessThan(1.5);
      expect(Math.abs(pages[0]![1] - h)).toBeLessThan(1.5);
      expect(certificate).toBe(true);
      expect(outside).toEqual([]);
    });
  }
});
