import { css } from 'lit';
import { textReset } from '../styles/text-reset';

/**
 * What every interaction element (<ck-scenario>, <ck-question>, <ck-quiz>, <ck-micro-cards>)
 * shares: the host's type and colours from the theme tokens, buttons at least 44px high
 * (WCAG 2.5.8 asks for 24px; thumbs ask for more), a focus ring that is never removed
 * (WCAG 2.4.7 / 2.4.13) and a visually hidden class for live regions.
 */
export const interactionBase = css`
  :host {
    display: block;
    font-family: var(--ck-font-family, system-ui, sans-serif);
    color: var(--ck-color-text, #1a1a1a);
    line-height: 1.5;
    overflow-wrap: anywhere;
    ${textReset}
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    background: var(--ck-color-background, #fff);
    color: var(--ck-color-text, #1a1a1a);
    border-radius: var(--ck-radius, 0.5rem);
    padding: var(--ck-space, 1rem);
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--ck-radius, 0.5rem);
    border: 2px solid var(--ck-color-accent, #0b5cad);
    background: var(--ck-color-background, #fff);
    color: var(--ck-color-accent-text, var(--ck-color-accent, #0b5cad));
    cursor: pointer;
  }
  button.primary {
    background: var(--ck-color-accent, #0b5cad);
    color: var(--ck-color-accent-contrast, #fff);
  }
  button:hover {
    text-decoration: underline;
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--ck-color-focus, var(--ck-color-accent, #0b5cad));
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline-style: dotted;
  }
  .prose > :first-child {
    margin-top: 0;
  }
  .prose > :last-child {
    margin-bottom: 0;
  }
  .prose a {
    color: var(--ck-color-link, var(--ck-color-accent, #0b5cad));
  }
  .problem {
    color: var(--ck-color-danger, #a4262c);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
