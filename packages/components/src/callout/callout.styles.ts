import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const calloutStyles = [
  baseStyles,
  css`
    .base {
      border: 1px solid var(--_border);
      border-inline-start: 0.375rem solid var(--ck-callout-color, var(--_accent));
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: 0.75rem 1rem;
      margin-block: 1rem;
    }
    :host([variant='warning']) {
      --ck-callout-color: var(--_warning);
    }
    :host([variant='important']) {
      --ck-callout-color: var(--_danger);
    }
    :host([variant='tip']) {
      --ck-callout-color: var(--_success);
    }
    :host([variant='legal']) {
      --ck-callout-color: var(--_textMuted);
    }
    .title {
      margin: 0 0 0.25rem;
      font-weight: 700;
      font-size: 1rem;
    }
    .kind {
      color: var(--ck-callout-color, var(--_accent));
      font-size: 0.875rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      margin: 0;
    }
  `,
];
