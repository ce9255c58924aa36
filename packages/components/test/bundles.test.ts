import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { parcelCourse } from '../src/internal/fixtures/parcel.course';

declare module 'vitest/browser' {
  interface BrowserCommands {
    bundleSelfContained: (name: string) => Promise<string>;
  }
}

/** Loads a bundle in a fresh frame of its own and returns the frame's window. */
async function load(code: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = url;
  await new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('the bundle did not load'));
    win.document.head.append(script);
  });
  URL.revokeObjectURL(url);
  return win;
}

const until = async (check: () => unknown): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBeTruthy();
};

// The bundles for plain pages are built differently from the sources the other tests run: terser,
// and Lit's decorators rewritten as `static properties` (scripts/static-properties.mjs). These tests
// run the built file itself.
describe('dist/ck-scenario.js, as built', () => {
  it('carries no decorator calls, and its <ck-scenario> takes attributes, reflects them and plays', async () => {
    const code = await commands.bundleSelfContained('ck-scenario');
    expect(code).not.toMatch(/\.prototype,"\w+",2\)/);
    const win = await load(code);
    const el = win.document.createElement('ck-scenario') as HTMLElement & { course?: unknown; scenarioId?: string };
    el.setAttribute('lang', 'en');
    el.setAttribute('scenario-id', 'parcel');
    expect(el.scenarioId).toBe('parcel');
    const choices: string[] = [];
    el.addEventListener('ck-choice', (e) => choices.push((e as unknown as { detail: { choiceId: string } }).detail.choiceId));
    el.course = parcelCourse;
    win.document.body.append(el);
    const root = (): ShadowRoot => el.shadowRoot!;
    await until(() => root()?.querySelector('button[part="start"]'));
    expect(root().querySelector('button[part="start"]')!.textContent).toMatch(/start/i);
    root().querySelector<HTMLButtonElement>('button[part="start"]')!.click();
    await until(() => root().querySelector('button[data-choice="report-parcel"]') || root().querySelector('button[part="continue"]'));
    // Continue through narration until the first choice.
    for (let i = 0; i < 10 && !root().querySelector('button[data-choice]'); i++) {
      root().querySelector<HTMLButtonElement>('button[part="continue"]')?.click();
      await new Promise((r) => setTimeout(r, 20));
    }
    root().querySelector<HTMLButtonElement>('button[data-choice="report-parcel"]')!.click();
    await until(() => choices.length === 1);
    expect(choices).toEqual(['report-parcel']);
    // A state change (the meters after the choice) re-renders: integrity moved.
    await until(() => root().querySelector('.delta'));
    el.removeAttribute('scenario-id');
    expect(el.scenarioId).toBe(null);
    el.scenarioId = 'parcel';
    await until(() => el.getAttribute('scenario-id') === 'parcel');
  });
});
