import { css } from 'lit';

/** Styles of marked terms. */
export const termStyles = css`
  .term-button {
    font: inherit;
    min-block-size: auto;
    padding: 0;
    border: 0;
    border-block-end: 2px dotted currentColor;
    border-radius: 0;
    background: none;
    color: inherit;
    cursor: help;
  }
  .term-button[aria-expanded='true'] {
    border-block-end-style: solid;
  }
  .term-definition:not([hidden]) {
    display: block;
    margin: 0.25rem 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent, currentColor);
    border-radius: var(--_radius, 0.25rem);
    background: var(--_surface, #f3f4f6);
    font-size: 0.9375rem;
  }
`;
