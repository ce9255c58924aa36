import { LitElement, html } from 'lit';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { defineTranslations, msg, stringsFor, type MsgKey, type MsgParams, type Translations } from './msg';
import { pickLanguage, uiLanguage } from './languages';
import { documentLanguage, documentLanguageAttribute, setDocumentLanguage } from './document-language';
import { LanguageController } from './language-controller';
import { lazyTranslations, loadStrings, stringsReady } from './lazy';

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

/** A language module the test hands over (or fails) when it likes, as a slow network would. */
function deferred<T>() {
  let resolve!: (v: { default: T }) => void, reject!: (e: Error) => void;
  const promise = new Promise<{ default: T }>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}
const idTable = deferred<{ next: string }>();
let enTable = deferred<{ next: string }>();
let enAsked = 0;
const lazyArea = lazyTranslations<{ next: string }>({ id: () => idTable.promise, en: () => (enAsked++, enTable.promise) });

class CkLazyProbe extends LitElement {
  language = new LanguageController(this);
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }
  override render() {
    return html`<button>${this.language.strings(lazyArea).next}</button>`;
  }
}
customElements.define('ck-lazy-probe', CkLazyProbe);

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

  it('renders an element only once the strings of its language are there, and keeps the language it shows until the next one has arrived (or when it cannot)', async () => {
    const el = document.createElement('ck-lazy-probe') as CkLazyProbe;
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 20));
    // Nothing yet, not a key: the Indonesian strings are on their way.
    expect(el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '')).toBe('');
    expect(stringsReady('id')).toBe(false);
    idTable.resolve({ default: { next: 'Berikutnya' } });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('Berikutnya');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => void warnings.push(m);
    try {
      setDocumentLanguage('en');
      await new Promise((r) => setTimeout(r, 20));
      expect(el.shadowRoot!.textContent).toBe('Berikutnya');
      enTable.reject(new Error('Failed to fetch dynamically imported module'));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).toBe('Berikutnya');
      expect(warnings).toEqual(['[coursekit] CK647: the "en" UI strings could not be loaded: Failed to fetch dynamically imported module']);
    } finally {
      console.warn = warn;
    }
    // A later load fetches again.
    enTable = deferred();
    const loading = loadStrings('en');
    enTable.resolve({ default: { next: 'Next' } });
    await loading;
    expect(enAsked).toBe(2);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('Next');
    el.remove();
  });
});
