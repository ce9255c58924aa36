import { LitElement, html } from 'lit';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { defineTranslations, msg, stringsFor, type MsgKey, type MsgParams, type Translations } from './msg';
import { pickLanguage, uiLanguage } from './languages';
import { documentLanguage, documentLanguageAttribute, setDocumentLanguage } from './document-language';
import { LanguageController } from './language-controller';

const area = defineTranslations({
  id: { next: 'Berikutnya', pageOf: (i: number, n: number) => `Halaman ${i} dari ${n}` },
  en: { next: 'Next', pageOf: (i: number, n: number) => `Page ${i} of ${n}` },
});

class CkLangProbe extends LitElement {
  language = new LanguageController(this);
  count = 0;
  override render() {
    return html`<span>${this.language.strings(area).next} ${++this.count}</span>`;
  }
}
customElements.define('ck-lang-probe', CkLangProbe);

describe('UI strings', () => {
  afterEach(() => document.documentElement.removeAttribute(documentLanguageAttribute));

  it('maps language tags to a UI language, Indonesian by default', () => {
    expect([uiLanguage('en'), uiLanguage('en-GB'), uiLanguage('EN_us'), uiLanguage('id-ID'), uiLanguage('jv'), uiLanguage(''), uiLanguage(null)]).toEqual(['en', 'en', 'en', 'id', 'id', 'id', 'id']);
    expect(pickLanguage(undefined, '', '  ', 'en', 'id')).toBe('en');
    expect(pickLanguage()).toBe('id');
  });

  it('formats strings with their parameters', () => {
    expect(msg(area, 'pageOf', 'id', 2, 9)).toBe('Halaman 2 dari 9');
    expect(msg(area, 'pageOf', 'en-GB', 2, 9)).toBe('Page 2 of 9');
    expect(msg(area, 'next', undefined)).toBe('Berikutnya');
    expect(stringsFor(area, 'en').next).toBe('Next');
  });

  // Type tests: `pnpm typecheck` fails when these types change (vitest runs them as no-ops).
  it('gives both languages the type of the Indonesian strings, so a key missing from one fails the typecheck', () => {
    expectTypeOf(area).toEqualTypeOf<Translations<{ next: string; pageOf: (i: number, n: number) => string }>>();
    expectTypeOf<{ a: string }>().not.toMatchTypeOf<Parameters<typeof defineTranslations<{ a: string; pageOf: string }>>[0]['en']>();
    // @ts-expect-error: 'pageOf' is missing from en.
    defineTranslations({ id: { a: 'x', pageOf: 'y' }, en: { a: 'x' } });
  });

  it('types msg() by the area: its keys are the strings, its parameters the template’s', () => {
    expectTypeOf<MsgKey<{ a: string; f: (n: number) => string; group: { b: string } }>>().toEqualTypeOf<'a' | 'f'>();
    expectTypeOf<MsgParams<(i: number, n: number) => string>>().toEqualTypeOf<[i: number, n: number]>();
    expectTypeOf<MsgParams<string>>().toEqualTypeOf<[]>();
    // @ts-expect-error: 'pageOf' takes two numbers.
    msg(area, 'pageOf', 'id', 2);
    // @ts-expect-error: no string 'previous' in the area.
    msg(area, 'previous', 'id');
  });

  it('switches elements page-wide at run time, re-rendering in place without recreating them', async () => {
    const el = document.createElement('ck-lang-probe') as CkLangProbe;
    const own = document.createElement('ck-lang-probe') as CkLangProbe;
    own.setAttribute('lang', 'id');
    document.body.append(el, own);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('Berikutnya 1');
    setDocumentLanguage('en');
    expect(documentLanguage()).toBe('en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('Next 2');
    // An element with its own lang keeps it.
    await own.updateComplete;
    expect(own.shadowRoot!.textContent).toContain('Berikutnya');
    el.setAttribute('lang', 'id');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('Berikutnya 3');
    el.remove();
    own.remove();
  });
});
