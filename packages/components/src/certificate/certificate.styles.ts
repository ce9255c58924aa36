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
    .signatory {
      margin-block-start: 1rem;
      min-inline-size: 12rem;
      border-block-start: 1px solid var(--_text);
      padding-block-start: 0.25rem;
    }
    .actions {
      margin-block-start: 1rem;
      text-align: center;
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
