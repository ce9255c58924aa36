import { css, unsafeCSS } from 'lit';
import { textReset } from './text-reset';
import { darkTokens, lightTokens, tokenNames, type TokenName } from './tokens';

/** `var(--ck-color-x, default)` for a token, with the default of one scheme. */
const fallbacks = (defaults: Record<TokenName, string>) =>
  unsafeCSS(
    (Object.keys(tokenNames) as TokenName[])
      .map((k) => `--_${k}: var(${tokenNames[k]}, ${defaults[k]});`)
      .join('\n'),
  );

/**
 * What every CourseKit element of this package starts from. Elements read the theme through
 * private `--_accent`, `--_text` … properties that take the public token (`--ck-color-accent`)
 * when a page or course sets it, else the default of the learner's colour scheme. Also: 44px
 * targets (WCAG 2.5.8 asks 24px; thumbs ask more), a focus ring that is never removed (2.4.7,
 * 2.4.13), a visually hidden class for live regions, and no motion under
 * `prefers-reduced-motion` (2.3.3).
 */
export const baseStyles = css`
  :host {
    ${fallbacks(lightTokens)}
    display: block;
    box-sizing: border-box;
    font-family: var(--_fontFamily);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
    ${textReset}
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${fallbacks(darkTokens)}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  a.ck-button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary,
  a.ck-button.primary {
    background: var(--_accent);
    color: var(--_accentContrast);
  }
  a.ck-button {
    display: inline-block;
    text-decoration: none;
  }
  button:hover:not(:disabled),
  a.ck-button:hover {
    text-decoration: underline;
  }
  button:disabled {
    cursor: not-allowed;
    border-style: dashed;
  }
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  a {
    color: var(--_accent);
  }
  img,
  video {
    max-inline-size: 100%;
    block-size: auto;
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
  .prose > :first-child {
    margin-block-start: 0;
  }
  .prose > :last-child {
    margin-block-end: 0;
  }
  .prose code {
    background: var(--_surface);
    padding: 0 0.25em;
    border-radius: 0.25em;
  }
  .prose blockquote {
    margin-inline: 0;
    padding-inline-start: 1rem;
    border-inline-start: 4px solid var(--_border);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
