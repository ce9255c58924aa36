import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const accordionStyles = [
  baseStyles,
  css`
    .base {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block: 1rem;
    }
    .item + .item {
      border-block-start: 1px solid var(--_border);
    }
    .heading {
      margin: 0;
    }
    .trigger {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      inline-size: 100%;
      text-align: start;
      border: 0;
      border-radius: 0;
      background: transparent;
      color: var(--_text);
      font-weight: 700;
      padding: 0.75rem 1rem;
    }
    .trigger:hover {
      background: var(--_surface);
    }
    .icon {
      flex: none;
      inline-size: 0.6rem;
      block-size: 0.6rem;
      border-inline-end: 2px solid currentColor;
      border-block-end: 2px solid currentColor;
      transform: rotate(45deg);
      transition: transform 0.2s ease;
    }
    [aria-expanded='true'] .icon {
      transform: rotate(-135deg);
    }
    .panel {
      padding: 0 1rem 1rem;
    }
  `,
];
