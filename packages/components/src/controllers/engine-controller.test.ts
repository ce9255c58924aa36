import { LitElement, html } from 'lit';
import { describe, expect, it } from 'vitest';
import type { CourseEngineApi, LearningEvent } from '@coursekit/engine';
import { EngineController } from './engine-controller';

/** The smallest engine the controller needs: `on()` and a language. */
function fakeEngine(): CourseEngineApi & { emit(e: Partial<LearningEvent>): void; listeners: number } {
  const listeners = new Set<(e: LearningEvent) => void>();
  return {
    language: 'id',
    on(l: (e: LearningEvent) => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit(e: Partial<LearningEvent>) {
      for (const l of listeners) l(e as LearningEvent);
    },
    get listeners() {
      return listeners.size;
    },
  } as unknown as CourseEngineApi & { emit(e: Partial<LearningEvent>): void; listeners: number };
}

class CkEngineProbe extends LitElement {
  static override properties = { engine: { attribute: false } };
  engine?: CourseEngineApi;
  seen: string[] = [];
  renders = 0;
  bound = new EngineController(this, (e) => this.seen.push(e.type));
  override render() {
    this.renders++;
    return html`${this.seen.length}`;
  }
}
customElements.define('ck-engine-probe', CkEngineProbe);

/** Follows every event, re-renders only on a language change: how the ck-* elements bind. */
class CkLanguageProbe extends LitElement {
  static override properties = { engine: { attribute: false } };
  engine?: CourseEngineApi;
  seen: string[] = [];
  renders = 0;
  bound = new EngineController(this, { update: 'language', onEvent: (e) => this.seen.push(e.type) });
  override render() {
    this.renders++;
    return html`${this.seen.length}`;
  }
}
customElements.define('ck-language-probe', CkLanguageProbe);

describe('EngineController', () => {
  it('subscribes while connected, follows a new engine, and re-renders on each event', async () => {
    const a = fakeEngine();
    const b = fakeEngine();
    const el = document.createElement('ck-engine-probe') as CkEngineProbe;
    el.engine = a;
    document.body.append(el);
    await el.updateComplete;
    expect(a.listeners).toBe(1);
    a.emit({ type: 'page-viewed' });
    await el.updateComplete;
    expect(el.seen).toEqual(['page-viewed']);
    expect(el.shadowRoot!.textContent).toBe('1');

    el.engine = b;
    await el.updateComplete;
    expect([a.listeners, b.listeners]).toEqual([0, 1]);
    a.emit({ type: 'page-viewed' });
    b.emit({ type: 'language-changed' });
    await el.updateComplete;
    expect(el.seen).toEqual(['page-viewed', 'language-changed']);
    expect(el.bound.engine).toBe(b);

    el.remove();
    expect(b.listeners).toBe(0);
    document.body.append(el);
    expect(b.listeners).toBe(1);
    el.remove();
  });

  it('with update "language", hears every event but re-renders only when the language changes', async () => {
    const engine = fakeEngine();
    const el = document.createElement('ck-language-probe') as CkLanguageProbe;
    el.engine = engine;
    document.body.append(el);
    await el.updateComplete;
    const renders = el.renders;
    engine.emit({ type: 'page-viewed' });
    await el.updateComplete;
    expect([el.seen, el.renders - renders]).toEqual([['page-viewed'], 0]);
    engine.emit({ type: 'language-changed' });
    await el.updateComplete;
    expect([el.seen, el.renders - renders]).toEqual([['page-viewed', 'language-changed'], 1]);
    el.remove();
  });
});
