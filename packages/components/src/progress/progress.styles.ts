import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const progressStyles = [
  baseStyles,
  css`
    .base {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .track {
      flex: 1;
      min-inline-size: 3rem;
      block-size: var(--ck-progress-height, 0.75rem);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 999px;
      overflow: hidden;
    }
    .indicator {
      block-size: 100%;
      background: var(--ck-progress-color, var(--_accent));
      transition: inline-size 0.3s ease;
    }
    .label {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  `,
];
