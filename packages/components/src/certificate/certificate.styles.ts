import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const certificateStyles = [
  baseStyles,
  css`
    .sheet {
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 0.5rem;
      text-align: center;
      padding: clamp(1rem, 4vw, 3rem);
      border: 0.5rem double var(--ck-certificate-border-color, var(--_accent));
      border-radius: var(--_radius);
      background: var(--ck-certificate-background, var(--_background));
      color: var(--_text);
    }
    .logo {
      max-block-size: 4rem;
      max-inline-size: 12rem;
    }
    .title {
      font-size: clamp(1.5rem, 5vw, 2.5rem);
      margin: 0;
      letter-spacing: 0.05em;
      color: var(--_accent);
    }
    .name {
      font-size: clamp(1.25rem, 4vw, 2rem);
      font-weight: 700;
      margin: 0;
      border-block-end: 1px solid var(--_border);
      padding: 0 1rem 0.25rem;
    }
    .course {
      font-size: 1.25rem;
      font-weight: 700;
      margin: 0;
    }
    p {
      margin: 0;
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.5rem 2rem;
      margin: 1rem 0 0;
    }
    dt {
      font-size: 0.875rem;
      color: var(--_textMuted);
    }
    dd {
      margin: 0;
      font-weight: 700;
    }
    .identity {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.25rem 1.5rem;
      margin: 0;
    }
    .nip {
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.03em;
    }
    abbr {
      text-decoration: none;
    }
    .foot {
      align-self: stretch;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: flex-end;
      gap: 1rem;
      margin-block-start: 1rem;
      text-align: start;
    }
    .verify {
      display: flex;
      align-items: flex-end;
      gap: 0.5rem;
      font-size: 0.75rem;
      max-inline-size: 22rem;
    }
    .qr {
      flex: none;
      inline-size: 6rem;
      block-size: 6rem;
    }
    .url {
      color: inherit;
      overflow-wrap: anywhere;
    }
    .signatory {
      min-inline-size: 14rem;
      text-align: center;
    }
    .signatory p {
      border-block-start: 1px solid var(--_text);
      padding-block-start: 0.25rem;
    }
    .marks {
      position: relative;
      block-size: 5rem;
    }
    .signature {
      position: absolute;
      inset-inline-start: 50%;
      inset-block-end: 0;
      translate: -40% 0;
      block-size: 4.5rem;
    }
    .stamp {
      position: absolute;
      inset-inline-start: 0;
      inset-block-end: -1rem;
      block-size: 5.5rem;
      opacity: 0.85;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-block-start: 1rem;
    }
    .status {
      flex-basis: 100%;
      text-align: center;
    }
    .status:empty {
      display: none;
    }
    @media print {
      :host {
        color: #000;
      }
      .sheet {
        /* Fits one landscape page of A4 (297×210mm) and of US Letter (279×216mm) within 12mm margins. */
        box-sizing: border-box;
        inline-size: 100%;
        block-size: 180mm;
        background: #fff;
        color: #000;
        break-inside: avoid;
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .actions {
        display: none;
      }
    }
  `,
];

/**
 * The page-level print rules in force while a certificate prints: a landscape page with 12mm
 * margins, and everything in the page hidden except the chain of elements holding the certificate
 * (each marked `data-ck-print`). `@page` only works in a document stylesheet, not in shadow DOM.
 */
export const printPageCss = `@page{size:landscape;margin:12mm}@media print{html[data-ck-print] body *:not([data-ck-print]):not(:has([data-ck-print])){display:none!important}html[data-ck-print] body{margin:0;background:#fff}}`;
