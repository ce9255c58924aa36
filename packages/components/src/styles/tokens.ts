/**
 * The theme's CSS custom properties and their default values, light and dark. Every text/
 * background pair meets WCAG 1.4.3's 4.5:1 and every border/focus colour 1.4.11's 3:1 against
 * the backgrounds (checked in tokens.test.ts with the WCAG 2.x relative-luminance formula).
 */
export const tokenNames = {
  accent: '--ck-color-accent',
  accentContrast: '--ck-color-accent-contrast',
  text: '--ck-color-text',
  textMuted: '--ck-color-text-muted',
  background: '--ck-color-background',
  surface: '--ck-color-surface',
  border: '--ck-color-border',
  focus: '--ck-color-focus',
  success: '--ck-color-success',
  danger: '--ck-color-danger',
  warning: '--ck-color-warning',
  fontFamily: '--ck-font-family',
  radius: '--ck-radius',
} as const;

/** A token's short name: `accent`, `text` … */
export type TokenName = keyof typeof tokenNames;

/** The default light theme. */
export const lightTokens: Record<TokenName, string> = {
  accent: '#0b5cad',
  accentContrast: '#ffffff',
  text: '#1a1a1a',
  textMuted: '#4d5661',
  background: '#ffffff',
  surface: '#f2f4f7',
  border: '#767f8a',
  focus: '#0b5cad',
  success: '#1d6b35',
  danger: '#a4262c',
  warning: '#7a4a00',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  radius: '0.5rem',
};

/** The default dark theme, used under `prefers-color-scheme: dark`. */
export const darkTokens: Record<TokenName, string> = {
  ...lightTokens,
  accent: '#8cc4ff',
  accentContrast: '#0a1a2b',
  text: '#eef0f3',
  textMuted: '#c2c7cf',
  background: '#121417',
  surface: '#1e2227',
  border: '#8a929c',
  focus: '#8cc4ff',
  success: '#7ddc95',
  danger: '#ff9b9b',
  warning: '#ffc56b',
};

/**
 * Tokens as a CSS declaration list (`--ck-color-accent: #8cc4ff; …`), for a `style` attribute or a rule.
 *
 * @example
 * html`<div style=${tokenDeclarations(darkTokens)}><ck-course-player …></ck-course-player></div>`
 */
export function tokenDeclarations(tokens: Partial<Record<TokenName, string>>): string {
  return (Object.keys(tokens) as TokenName[]).map((k) => `${tokenNames[k]}: ${tokens[k]}`).join('; ');
}
