import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const coursePlayerStyles = [
  baseStyles,
  css`
    :host {
      background: var(--_background);
      min-block-size: 100%;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.5rem 1rem;
      border-block-end: 1px solid var(--_border);
      background: var(--_surface);
    }
    .course-title {
      font-weight: 700;
      margin: 0;
      flex: 1 1 12rem;
    }
    ck-progress {
      flex: 1 1 10rem;
      max-inline-size: 20rem;
    }
    .language select {
      font: inherit;
      min-block-size: 2.75rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
      margin-inline-start: 0.25rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .outline {
      display: none;
      padding: 1rem;
      border-block-end: 1px solid var(--_border);
    }
    .outline.open {
      display: block;
    }
    .outline ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .outline .module-title {
      display: block;
      font-weight: 700;
      margin: 0.75rem 0 0.25rem;
    }
    .outline button {
      display: block;
      inline-size: 100%;
      text-align: start;
      border: 0;
      border-inline-start: 4px solid transparent;
      border-radius: 0;
      background: transparent;
      color: var(--_text);
      padding: 0.5rem 0.75rem;
    }
    .outline button[aria-current='page'] {
      border-inline-start-color: var(--_accent);
      background: var(--_surface);
      font-weight: 700;
    }
    .outline button[aria-disabled='true'] {
      color: var(--_textMuted);
      cursor: not-allowed;
    }
    .outline .state {
      color: var(--_textMuted);
      font-size: 0.875rem;
    }
    @media (min-width: 48rem) {
      .layout {
        grid-template-columns: 17rem minmax(0, 1fr);
      }
      .outline {
        display: block;
        border-block-end: 0;
        border-inline-end: 1px solid var(--_border);
      }
      .outline-toggle {
        display: none;
      }
    }
    .exit-confirm {
      margin: 0.75rem clamp(1rem, 4vw, 3rem);
      padding: 1rem;
      border: 2px solid var(--_accent);
      border-radius: 0.5rem;
      background: var(--_surface);
    }
    .exit-confirm button {
      margin-inline-end: 0.5rem;
    }
    .closed {
      padding: 2rem clamp(1rem, 4vw, 3rem);
    }
    .page,
    .results {
      padding: 1rem clamp(1rem, 4vw, 3rem) 2rem;
      max-inline-size: 50rem;
      min-inline-size: 0;
    }
    h1 {
      font-size: clamp(1.5rem, 4vw, 2rem);
      line-height: 1.25;
    }
    .block {
      margin-block: 1rem;
    }
    figure.image {
      margin-inline: 0;
    }
    figcaption {
      color: var(--_textMuted);
      font-size: 0.875rem;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      margin-block-start: 2rem;
      padding-block-start: 1rem;
      border-block-start: 1px solid var(--_border);
    }
    .pager [aria-disabled='true'] {
      border-style: dashed;
      cursor: not-allowed;
    }
    .notices {
      display: grid;
      gap: 0.5rem;
      padding: 0 1rem;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin-block-start: 0.5rem;
      padding: 0.25rem 0.25rem 0.25rem 0.75rem;
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_warning);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .notice p {
      margin: 0;
    }
    .status-line {
      font-size: 0.875rem;
      color: var(--_textMuted);
      padding: 0 1rem;
      margin: 0.5rem 0;
    }
    .verdict {
      font-size: 1.125rem;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius);
      border: 2px solid var(--_border);
    }
    .verdict.passed {
      border-color: var(--_success);
    }
    .verdict.passed strong {
      color: var(--_success);
    }
    .verdict.failed {
      border-color: var(--_danger);
    }
    .verdict.failed strong {
      color: var(--_danger);
    }
    .identity fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block: 1rem;
      padding: 0.5rem 1rem 1rem;
    }
    .identity legend {
      font-weight: 700;
      padding-inline: 0.25rem;
    }
    .identity .field {
      display: grid;
      gap: 0.25rem;
      margin-block: 0.75rem;
    }
    .identity label {
      font-weight: 700;
    }
    .identity .problem {
      color: var(--_danger);
      margin: 0;
    }
    .identity input[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .identity .from-lms {
      margin: 0;
      font-size: 0.875rem;
    }
    .identity input {
      font: inherit;
      min-block-size: 2.75rem;
      padding: 0 0.5rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
      max-inline-size: 24rem;
    }
    .identity input[readonly] {
      border-style: dashed;
      background: var(--_surface);
    }
    .error {
      padding: 2rem 1rem;
      max-inline-size: 40rem;
    }
    .error .detail {
      font-family: ui-monospace, monospace;
      font-size: 0.875rem;
      color: var(--_textMuted);
    }
    .loading {
      padding: 2rem 1rem;
    }
    .placeholder {
      border: 1px dashed var(--_border);
      padding: 0.75rem;
      color: var(--_textMuted);
    }
    @media print {
      :host([data-ck-print]) .bar,
      :host([data-ck-print]) .outline,
      :host([data-ck-print]) .notices,
      :host([data-ck-print]) .status-line,
      :host([data-ck-print]) .results > :not(ck-certificate) {
        display: none !important;
      }
      :host([data-ck-print]) .layout {
        display: block;
      }
      :host([data-ck-print]) .results {
        padding: 0;
        max-inline-size: none;
      }
    }
  `,
];
