import type { ThemeTokens } from '@coursekit/schema';
import { darkTokens, lightTokens, tokenNames, type TokenName } from './tokens';

/** A theme value that was refused, and why. */
export interface ThemeProblem {
  token: string;
  value: string;
  message: string;
}

const COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20}|(rgb|hsl)a?\([\d\s.,%/+-]{1,60}\)|(oklch|oklab|lab|lch)\([\d\s.%/+-]{1,60}\))$/i;
const FONT = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;
const LENGTH = /^(0|\d{1,3}(\.\d{1,3})?(px|rem|em|%))$/;

const fields: Record<keyof Omit<ThemeTokens, 'dark' | 'logo'>, { token: TokenName; pattern: RegExp }> = {
  colorAccent: { token: 'accent', pattern: COLOR },
  colorAccentContrast: { token: 'accentContrast', pattern: COLOR },
  colorText: { token: 'text', pattern: COLOR },
  colorBackground: { token: 'background', pattern: COLOR },
  colorSurface: { token: 'surface', pattern: COLOR },
  fontFamily: { token: 'fontFamily', pattern: FONT },
  radius: { token: 'radius', pattern: LENGTH },
};

function merge(defaults: Record<TokenName, string>, tokens: Omit<ThemeTokens, 'dark' | 'logo'> | undefined, where: string, problems: ThemeProblem[]): Record<TokenName, string> {
  const out = { ...defaults };
  for (const [field, { token, pattern }] of Object.entries(fields) as Array<[keyof typeof fields, (typeof fields)[keyof typeof fields]]>) {
    const value = tokens?.[field];
    if (value === undefined) continue;
    if (typeof value === 'string' && pattern.test(value.trim())) {
      out[token] = value.trim();
      // A course accent is also the focus ring: the ring must show against the course's own colours.
      if (token === 'accent') out.focus = value.trim();
    } else {
      problems.push({ token: `${where}${field}`, value: String(value), message: `theme.${where}${field} "${String(value)}" is not a plain CSS ${token === 'fontFamily' ? 'font list' : token === 'radius' ? 'length' : 'colour'}; the default is used` });
    }
  }
  return out;
}

const block = (t: Record<TokenName, string>): string => (Object.keys(t) as TokenName[]).map((k) => `${tokenNames[k]}:${t[k]};`).join('');

/**
 * The stylesheet text that puts a course's theme (the format's ThemeTokens) on a host element:
 * its tokens over the default light theme, and its `dark` tokens over the default dark theme
 * under `prefers-color-scheme: dark`. Values are checked against plain colour / font / length
 * patterns first, so course text cannot end the rule, load a URL or inject CSS: a refused value
 * keeps the default and comes back as a problem for `ck-error`.
 *
 * Set on `:host`, so a page still overrides a token on the element itself
 * (`ck-course-player { --ck-color-accent: … }`): outer rules win over `:host`.
 *
 * `scheme` forces one scheme: `light` or `dark` instead of following the learner's setting.
 *
 * @example
 * const { css, problems } = themeStyles({ colorAccent: '#7a1f5c', dark: { colorAccent: '#f2a7d8' } });
 * sheet.replaceSync(css);
 */
export function themeStyles(theme: ThemeTokens | undefined, scheme: ColorScheme = 'auto'): { css: string; problems: ThemeProblem[] } {
  const problems: ThemeProblem[] = [];
  const light = merge(lightTokens, theme, '', problems);
  const dark = merge(darkTokens, theme?.dark, 'dark.', problems);
  if (scheme === 'light') return { css: `:host{${block(light)}color-scheme:light}`, problems };
  if (scheme === 'dark') return { css: `:host{${block(dark)}color-scheme:dark}`, problems };
  return { css: `:host{${block(light)}}@media (prefers-color-scheme: dark){:host{${block(dark)}}}`, problems };
}

/** Which colour scheme to use: the learner's (`auto`), or always light or dark (a host with its own switch). */
export type ColorScheme = 'auto' | 'light' | 'dark';
