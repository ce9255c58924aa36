import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import './certificate';
import type { CkCertificate } from './certificate.component';
import { axeViolations, settle } from '../internal/test/axe';

declare module 'vitest/browser' {
  interface BrowserCommands {
    printToPdf: (path: string, format: 'A4' | 'Letter') => Promise<{ pages: [number, number][]; outside: string[]; certificate: boolean }>;
    downloadCertificatePdf: (selector: string) => Promise<{ fileName: string; header: string; pages: string[]; size: [number, number] }>;
  }
}

afterEach(() => document.querySelectorAll('ck-certificate, .cert-host').forEach((e) => e.remove()));

async function mount(lang = 'id'): Promise<CkCertificate> {
  const el = document.createElement('ck-certificate');
  Object.assign(el, { learnerName: 'Siti Rahmawati', courseTitle: 'Penjaga Integritas', issuedAt: '2026-11-24', score: 0.875, certificateId: 'IR-U73L-6GRV-A', issuer: 'Inspektorat Jenderal', signatoryName: 'Dr. Ratna Dewi', signatoryTitle: 'Inspektur Jenderal' });
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
    expect([...el.shadowRoot!.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['24 November 2026', 'IR-U73L-6GRV-A', 'Inspektorat Jenderal']);
    expect(el.shadowRoot!.textContent).toContain('dengan nilai 87,5%');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain('with a score of 87.5%');
    expect([...el.shadowRoot!.querySelectorAll('dd')][0]!.textContent).toBe('November 24, 2026');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows NIP, unit kerja, JP, the verification URL as a link and a QR code, signature and stamp, in both languages', async () => {
    const el = await mount();
    Object.assign(el, {
      nip: '199001012015012001',
      unit: 'Inspektorat Jenderal, Kementerian Contoh',
      hours: 4,
      verificationUrl: 'https://upg.example.go.id/sertifikat/{number}',
      signatureSrc: '/src/certificate/fixtures/signature.svg',
      signatureAlt: 'Tanda tangan Dr. Ratna Dewi',
      stampSrc: '/src/certificate/fixtures/stamp.svg',
      stampAlt: 'Cap Inspektorat Jenderal',
      signatoryNip: '197001011995031001',
    });
    await settle(el);
    const root = el.shadowRoot!;
    const t = (s: string) => root.querySelector(s)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(t('.identity')).toBe('NIP 19900101 201501 2 001 Inspektorat Jenderal, Kementerian Contoh');
    expect([...root.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['24 November 2026', '4 JP', 'IR-U73L-6GRV-A', 'Inspektorat Jenderal']);
    expect(root.querySelector('a.url')!.getAttribute('href')).toBe('https://upg.example.go.id/sertifikat/IR-U73L-6GRV-A');
    await expect.poll(() => root.querySelector('svg[part="qr"]')?.getAttribute('aria-label')).toBe('Kode QR ke https://upg.example.go.id/sertifikat/IR-U73L-6GRV-A');
    // Version 4 at level M holds this 51-character URL: 33 modules and a quiet zone of 4 each side.
    expect(root.querySelector('svg[part="qr"]')!.getAttribute('viewBox')).toBe('0 0 41 41');
    expect([...root.querySelectorAll('.marks img')].map((i) => i.getAttribute('alt'))).toEqual(['Cap Inspektorat Jenderal', 'Tanda tangan Dr. Ratna Dewi']);
    expect((root.querySelector('.signatory p') as HTMLElement).innerText).toBe('Dr. Ratna Dewi\nInspektur Jenderal\nNIP 19700101 199503 1 001');
    expect(await axeViolations(el)).toEqual([]);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect([...root.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['November 24, 2026', '4 JP (lesson hours)', 'IR-U73L-6GRV-A', 'Inspektorat Jenderal']);
    expect((root.querySelector('.verify p') as HTMLElement).innerText).toBe('Check this certificate at\nhttps://upg.example.go.id/sertifikat/IR-U73L-6GRV-A');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('downloads a real one-page A4 landscape PDF that carries the name, NIP, unit kerja, JP and number', async () => {
    const el = await mount();
    el.id = 'pdf-cert';
    Object.assign(el, { nip: '199001012015012001', unit: 'Inspektorat Jenderal', hours: 4, verificationUrl: 'https://upg.example.go.id/sertifikat/{number}', stampSrc: '/src/certificate/fixtures/stamp.svg', signatureSrc: '/src/certificate/fixtures/signature.svg' });
    await settle(el);
    const pdf = await commands.downloadCertificatePdf('#pdf-cert');
    expect(pdf.fileName).toBe('IR-U73L-6GRV-A.pdf');
    expect(pdf.header).toBe('%PDF-');
    expect(pdf.pages).toHaveLength(1);
    // A4 landscape in points: 297 × 210 mm.
    expect(pdf.size.map(Math.round)).toEqual([842, 595]);
    const text = pdf.pages[0]!.replace(/\s+/g, ' ');
    for (const expected of ['Sertifikat', 'Siti Rahmawati', 'NIP 19900101 201501 2 001', 'Inspektorat Jenderal', 'Penjaga Integritas', '24 November 2026', '4 JP', 'IR-U73L-6GRV-A', 'https://upg.example.go.id/sertifikat/IR-U73L-6GRV-A', 'Dr. Ratna Dewi']) expect(text).toContain(expected);
    expect(el.shadowRoot!.querySelector('#pdf-status')!.textContent).toBe('');
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
