import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const tabsStyles = [
  baseStyles,
  css`
    .base {
      margin-block: 1rem;
    }
    .list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-block-end: 2px solid var(--_border);
    }
    .tab {
      border: 0;
      border-block-end: 0.25rem solid transparent;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: transparent;
      color: var(--_text);
      margin-block-end: -2px;
    }
    .tab[aria-selected='true'] {
      border-block-end-color: var(--_accent);
      color: var(--_accent);
      font-weight: 700;
    }
    .panel {
      padding: 1rem 0.25rem;
    }
  `,
];
