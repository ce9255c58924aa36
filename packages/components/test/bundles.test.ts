import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { LaunchData, LearningEvent, Tracker } from '@coursekit/engine';
import { parcelCourse } from '../src/internal/fixtures/parcel.course';

interface ServedBundle {
  entry: string;
  files: Array<{ path: string; modules: string[] }>;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    serveBundle: (name: string, origin: string, abort?: string) => Promise<ServedBundle>;
    servedBundleFiles: () => Promise<string[]>;
  }
}

type ScenarioElement = HTMLElement & { course?: unknown; scenarioId?: string; trackers?: Tracker[] };

/** Loads a bundle's entry file by its address in a fresh frame of its own and returns the frame's window. */
async function load(entry: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = entry;
  await new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('the bundle did not load'));
    win.document.head.append(script);
  });
  return win;
}

const until = async (check: () => unknown): Promise<void> => {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBeTruthy();
};

/** The file of the bundle that holds a source module. */
const holding = (bundle: ServedBundle, module: string): string => bundle.files.find((f) => f.modules.some((m) => m.endsWith(module)))!.path;

/** A tracker that writes down the events its session hands over. */
function recorder(): Tracker & { handed: string[] } {
  const handed: string[] = [];
  return {
    name: 'recorder',
    handed,
    launch: async (): Promise<LaunchData> => ({ learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [] }),
    handle: (event: LearningEvent) => void handed.push(event.type),
    save: () => {},
    terminate: async () => {},
  };
}

// The bundles for plain pages are built differently from the sources the other tests run: terser,
// and Lit's decorators rewritten as `static properties` (scripts/static-properties.mjs). These tests
// run the built files themselves, served as dist/ holds them.
describe('dist/ck-scenario.js, as built', () => {
  it('carries no decorator calls, and its <ck-scenario> takes attributes, reflects them and plays', async () => {
    const bundle = await commands.serveBundle('ck-scenario', location.origin);
    const win = await load(bundle.entry);
    const el = win.document.createElement('ck-scenario') as ScenarioElement;
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
    const files = await Promise.all(bundle.files.map(async (f) => (await fetch(new URL(f.path, bundle.entry))).text()));
    for (const code of files) expect(code).not.toMatch(/\.prototype,"\w+",2\)/);
  });

  it('fetches its chunks from the folder beside it: the scenario runner at once, the map at the first ending, the session never without trackers', async () => {
    const bundle = await commands.serveBundle('ck-scenario', location.origin);
    const rules = holding(bundle, 'engine/src/scenario/runner.ts');
    const map = holding(bundle, 'src/scenario/scenario-map.ts');
    const session = holding(bundle, 'session/src/session.ts');
    expect([rules, map, session].every((p) => p.startsWith('ck-scenario/chunk-'))).toBe(true);
    expect(new Set([rules, map, session, 'ck-scenario.js']).size).toBe(4);
    const win = await load(bundle.entry);
    const el = win.document.createElement('ck-scenario') as ScenarioElement;
    el.setAttribute('lang', 'en');
    el.scenarioId = 'parcel';
    el.course = parcelCourse;
    win.document.body.append(el);
    const root = (): ShadowRoot => el.shadowRoot!;
    await until(() => root()?.querySelector('button[part="start"]'));
    root().querySelector<HTMLButtonElement>('button[part="start"]')!.click();
    // Report at every choice, continue past every narration, to the ending.
    for (let i = 0; i < 30 && !root().querySelector('[part="ending"]'); i++) {
      await until(() => root().querySelector('button[data-choice^="report"], button[part="continue"], [part="ending"]'));
      root().querySelector<HTMLButtonElement>('button[data-choice^="report"], button[part="continue"]')?.click();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(root().querySelector('[part="ending"]')!.getAttribute('data-ending')).toBe('ending-ranger');
    await until(() => root().querySelector('[part="map"]'));
    expect(await commands.servedBundleFiles()).toEqual(['ck-scenario.js', rules, map]);
  });

  it('given trackers, fetches the session, which launches them and hands them every event', async () => {
    const bundle = await commands.serveBundle('ck-scenario', location.origin);
    const win = await load(bundle.entry);
    const el = win.document.createElement('ck-scenario') as ScenarioElement;
    const tracker = recorder();
    el.trackers = [tracker];
    el.scenarioId = 'parcel';
    el.course = parcelCourse;
    win.document.body.append(el);
    await until(() => el.shadowRoot?.querySelector('button[part="start"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="start"]')!.click();
    await until(() => tracker.handed.includes('scenario-started'));
    // The course asks for its one page viewed: complete as it opens.
    expect(tracker.handed).toEqual(['course-started', 'page-viewed', 'course-completed', 'scenario-started']);
    expect((await commands.servedBundleFiles()).sort()).toEqual(['ck-scenario.js', holding(bundle, 'engine/src/scenario/runner.ts'), holding(bundle, 'session/src/session.ts')].sort());
  });

  it('given trackers whose session cannot be fetched, says the scenario cannot be loaded and emits ck-error part-fetch-failed', async () => {
    const bundle = await commands.serveBundle('ck-scenario', location.origin, 'session/src/session.ts');
    const win = await load(bundle.entry);
    const el = win.document.createElement('ck-scenario') as ScenarioElement;
    const errors: Array<{ code: string; source?: string }> = [];
    el.addEventListener('ck-error', (e) => errors.push((e as unknown as { detail: { code: string; source?: string } }).detail));
    el.trackers = [recorder()];
    el.scenarioId = 'parcel';
    el.setAttribute('lang', 'en');
    el.course = parcelCourse;
    win.document.body.append(el);
    await until(() => el.shadowRoot?.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toMatch(/^The scenario could not be loaded: the session's code could not be fetched: /);
    expect(errors.map((e) => [e.code, e.source])).toEqual([['part-fetch-failed', 'ck-scenario']]);
  });
});
