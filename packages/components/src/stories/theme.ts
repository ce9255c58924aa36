import { html, type TemplateResult } from 'lit';
import { darkTokens, tokenDeclarations } from '../styles/tokens';

/**
 * Wraps a story in the default dark theme (the tokens a page or course sets for dark mode), on a
 * dark background, so the dark scheme can be seen and checked without emulating media queries.
 *
 * @example
 * render: (args) => inDark(html`<ck-progress value="40"></ck-progress>`, args.dark)
 */
export function inDark(content: TemplateResult, dark: boolean): TemplateResult {
  return dark ? html`<div style=${`${tokenDeclarations(darkTokens)}; background: ${darkTokens.background}; color: ${darkTokens.text}; padding: 1rem`}>${content}</div>` : content;
}
