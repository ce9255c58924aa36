import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { darkTokens, lightTokens, tokenDeclarations } from './tokens';
import { themeStyles } from './theme';

describe('default theme tokens', () => {
  it('computes WCAG contrast ratios exactly', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, t] of [
    ['light', lightTokens],
    ['dark', darkTokens],
  ] as const) {
    it(`${name}: every text colour has 4.5:1 on the background and the surface`, () => {
      for (const fg of [t.text, t.textMuted, t.accent, t.success, t.danger, t.warning]) {
        expect(contrastRatio(fg, t.background), `${fg} on ${t.background}`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(fg, t.surface), `${fg} on ${t.surface}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(t.accentContrast, t.accent)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: borders and the focus ring have 3:1 on the background`, () => {
      expect(contrastRatio(t.border, t.background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(t.focus, t.background)).toBeGreaterThanOrEqual(3);
    });
  }

  it('writes tokens as declarations', () => {
    expect(tokenDeclarations({ accent: '#8cc4ff', radius: '0' })).toBe('--ck-color-accent: #8cc4ff; --ck-radius: 0');
  });
});

describe('themeStyles', () => {
  it('puts course tokens over the defaults, light and dark', () => {
    const { css, problems } = themeStyles({ colorAccent: '#7a1f5c', radius: '4px', fontFamily: '"Noto Sans", sans-serif', dark: { colorAccent: 'rgb(242 167 216)' } });
    expect(problems).toEqual([]);
    expect(css).toContain(':host{--ck-color-accent:#7a1f5c;');
    expect(css).toContain('--ck-color-focus:#7a1f5c;');
    expect(css).toContain('--ck-radius:4px;');
    expect(css).toContain('--ck-font-family:"Noto Sans", sans-serif;');
    expect(css).toContain('@media (prefers-color-scheme: dark){:host{--ck-color-accent:rgb(242 167 216);');
  });

  it('refuses values that could end the rule, load a URL or inject CSS, and keeps the default', () => {
    const { css, problems } = themeStyles({ colorAccent: 'red;}*{display:none', colorBackground: 'url(https://evil.example/x.png)', radius: '1px;background:red', fontFamily: 'a}b' });
    expect(problems.map((p) => p.token)).toEqual(['colorAccent', 'colorBackground', 'fontFamily', 'radius']);
    expect(problems[0]!.message).toBe('theme.colorAccent "red;}*{display:none" is not a plain CSS colour; the default is used');
    expect(css).not.toContain('evil');
    expect(css).not.toContain('display:none');
    expect(css).toContain(`--ck-color-accent:${lightTokens.accent};`);
  });

  it('is the defaults alone without a course theme', () => {
    const { css } = themeStyles(undefined);
    expect(css.startsWith(`:host{--ck-color-accent:${lightTokens.accent};--ck-color-accent-contrast:#ffffff;`)).toBe(true);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    expect(sheet.cssRules.length).toBe(2);
  });
});
