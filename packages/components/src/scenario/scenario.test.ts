/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { CourseEngine } from '../internal/fixtures/engine';
import { EngineCore, loadEngineRules } from '@coursekit/engine/lazy';
import type { ResolvedCourse, Scenario } from '@coursekit/schema';
import type { CourseEngineApi } from '@coursekit/engine';
import { RecordingTracker } from '../internal/fixtures/trackers';
import './scenario';
import { CkScenario as CkScenarioClass, type CkScenario } from './scenario.component';
import type { ChoiceDetail, ScenarioEndDetail, ScenarioStartDetail } from './scenario.events';
import { parcelCourse } from '../internal/fixtures/parcel.course';
import { axeViolations, settle } from '../internal/test/axe';
import { activate, deepActive } from '../internal/test/keyboard';

// Standalone elements build their engine from this class.
CkScenarioClass.engineClass = CourseEngine;

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

function engineFor(course: ResolvedCourse = parcelCourse, language = 'id'): CourseEngine {
  const engine = new CourseEngine(course, { seed: 7, language, now: () => 1_700_000_000_000 });
  engine.start();
  return engine;
}

async function mount(setup: (el: CkScenario) => void): Promise<CkScenario> {
  const el = document.createElement('ck-scenario');
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return el;
}

interface Recorded {
  starts: ScenarioStartDetail[];
  choices: ChoiceDetail[];
  ends: ScenarioEndDetail[];
}

function record(el: HTMLElement): Recorded {
  const seen: Recorded = { starts: [], choices: [], ends: [] };
  el.addEventListener('ck-scenario-start', (e) => seen.starts.push(e.detail));
  el.addEventListener('ck-choice', (e) => seen.choices.push(e.detail));
  el.addEventListener('ck-scenario-end', (e) => seen.ends.push(e.detail));
  return seen;
}

const $ = <T extends Element = HTMLElement>(el: CkScenario, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

/**
 * Plays to an ending with the keyboard only: Tab to the start, continue and choice buttons,
 * Enter or Space on them. After every step the new content must have focus.
 */
async function playByKeyboard(el: CkScenario, path: readonly string[]): Promise<string[]> {
  const visited: string[] = [];
  let i = 0;
  for (let guard = 0; guard < 60; guard++) {
    await settle(el);
    if ($(el, '[part="ending"]')) break;
    if ($(el, '[part="start"]')) {
      await activate('[part="start"]');
      continue;
    }
    const node = $(el, '[data-node]');
    const focused = deepActive();
    // WCAG 2.4.3: the new node's text (or the feedback) has focus after every step.
    expect(focused === node || focused === $(el, '.feedback')).toBe(true);
    if (node?.classList.contains('choice')) {
      visited.push(node.dataset.node!);
      const choice = path[i++];
      await activate(`button[data-choice="${choice}"]`, i % 2 === 0 ? 'Space' : 'Enter');
    } else {
      if (node) visited.push(node.dataset.node!);
      await activate('[part="continue"]');
    }
  }
  await settle(el);
  // The ending's title takes focus.
  expect(deepActive()).toBe($(el, '.ending-title'));
  return visited;
}

function meters(el: CkScenario): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="meter"]')].map(
    (m) => `${el.shadowRoot!.getElementById(m.getAttribute('aria-labelledby')!)!.textContent}=${m.getAttribute('aria-valuenow')} (${m.getAttribute('aria-valuetext')})`,
  );
}

const endings = [
  {
    endingId: 'ending-ranger',
    path: ['report-parcel', 'report-money', 'report-fee'],
    outcome: 'success',
    score: 100,
    variables: { integrity: 100, trust: 90 },
    title: 'Penjaga Integritas sejati',
  },
  {
    endingId: 'ending-cautious',
    path: ['refuse-parcel', 'refuse-money', 'refuse-fee'],
    outcome: 'partial',
    score: 60,
    variables: { integrity: 85, trust: 55 },
    title: 'Bersih, tapi diam',
  },
  {
    endingId: 'ending-compromised',
    path: ['accept-parcel', 'accept-money', 'refuse-fee'],
    outcome: 'failure',
    score: 20,
    variables: { integrity: 20, trust: 25 },
    title: 'Terjerat utang budi',
  },
  {
    endingId: 'ending-caught',
    path: ['refuse-parcel', 'refuse-money', 'accept-fee'],
    outcome: 'failure',
    score: 0,
    variables: { integrity: 0, trust: 0 },
    title: 'Terkena OTT',
  },
] as const;

describe('<ck-scenario> played by keyboard', () => {
  it('has a playthrough below for every ending of the scenario', () => {
    const scenario = parcelCourse.scenarios![0] as Scenario;
    expect(endings.map((e) => e.endingId).sort()).toEqual(scenario.nodes.filter((n) => n.type === 'ending').map((n) => n.id).sort());
  });

  for (const ending of endings) {
    it(`reaches ${ending.endingId} along ${ending.path.join(', ')}`, async () => {
      const engine = engineFor();
      const el = await mount((e) => {
        e.engine = engine;
        e.scenarioId = 'parcel';
      });
      const seen = record(el);
      const visited = await playByKeyboard(el, ending.path);
      const nodes = ['intro', 'arrival', 'parcel-choice', 'transport', 'transport-choice', 'fee', 'fee-choice'];
      expect(visited).toEqual(nodes);
      expect(seen.starts).toEqual([{ scenarioId: 'parcel', run: 1 }]);
      expect(seen.choices.map((c) => c.choiceId)).toEqual([...ending.path]);
      expect(seen.choices.at(-1)!.variables).toEqual(ending.variables);
      expect(seen.ends).toEqual([
        {
          scenarioId: 'parcel',
          endingId: ending.endingId,
          outcome: ending.outcome,
          score: { raw: ending.score, min: 0, max: 100, scaled: ending.score / 100 },
          path: [...ending.path],
          variables: ending.variables,
        },
      ]);
      expect($(el, '[part="ending"]')!.dataset.ending).toBe(ending.endingId);
      expect($(el, '.ending-title')!.textContent).toBe(ending.title);
      expect($(el, '.score')!.textContent).toBe(`Skor: ${ending.score} dari 100`);
      expect(meters(el)).toEqual([
        `Integritas=${ending.variables.integrity} (${ending.variables.integrity} dari 100)`,
        `Kepercayaan publik=${ending.variables.trust} (${ending.variables.trust} dari 100)`,
      ]);
      // The path recap lists each choice taken, in order, with its text.
      const scenario = parcelCourse.scenarios![0] as Scenario;
      const texts = ending.path.map((id) => {
        for (const n of scenario.nodes) if (n.type === 'choice') for (const c of n.choices) if (c.id === id) return (c.text as Record<string, string>).id;
        return '';
      });
      expect([...el.shadowRoot!.querySelectorAll('.recap-choice')].map((x) => x.textContent)).toEqual(texts);
      expect(await axeViolations(el)).toEqual([]);
    });
  }

  it('announces meter changes and shows the consequence of a choice, focused', async () => {
    const el = await mount((e) => {
      e.engine = engineFor();
      e.scenarioId = 'parcel';
    });
    await activate('[part="start"]');
    await activate('[part="continue"]');
    await activate('[part="continue"]');
    await activate('button[data-choice="refuse-parcel"]');
    await settle(el);
    expect(deepActive()).toBe($(el, '.feedback'));
    expect($(el, '.feedback .prose')!.textContent!.trim()).toBe('Menolak adalah langkah yang tepat. Pak Budi tampak kecewa, tetapi mengerti.');
    expect($(el, '[role="status"][aria-live]')!.textContent).toBe('Integritas naik 15 menjadi 65. Kepercayaan publik naik 5 menjadi 55.');
    expect(meters(el)).toEqual(['Integritas=65 (65 dari 100)', 'Kepercayaan publik=55 (55 dari 100)']);
    // The fills show the values (set through the CSSOM, with no style attribute).
    const fills = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.fill')];
    expect(fills.map((f) => Math.round((f.style.width ? parseFloat(f.style.width) : NaN)))).toEqual([65, 55]);
    expect(el.shadowRoot!.querySelectorAll('[style]:not(.fill):not(.speaker)').length).toBe(0);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('gives each speaker the colour of their character', async () => {
    const el = await mount((e) => {
      e.engine = engineFor();
      e.scenarioId = 'parcel';
    });
    await activate('[part="start"]');
    await activate('[part="continue"]');
    await settle(el);
    const speaker = $(el, '.speaker')!;
    expect(speaker.querySelector('.name')!.textContent).toBe('Pak Budi');
    expect(getComputedStyle(speaker).getPropertyValue('--ck-scenario-speaker-color').trim()).toBe('#8a3b12');
  });

  it('replays after an ending: run 2 starts at the first node with fresh variables', async () => {
    const el = await mount((e) => {
      e.engine = engineFor();
      e.scenarioId = 'parcel';
    });
    const seen = record(el);
    await playByKeyboard(el, endings[3].path);
    await activate('[part="replay"]');
    await settle(el);
    expect(seen.starts).toEqual([
      { scenarioId: 'parcel', run: 1 },
      { scenarioId: 'parcel', run: 2 },
    ]);
    expect($(el, '[data-node]')!.dataset.node).toBe('intro');
    expect(deepActive()).toBe($(el, '[data-node]'));
    expect(meters(el)).toEqual(['Integritas=50 (50 dari 100)', 'Kepercayaan publik=50 (50 dari 100)']);
  });

  it('switches language mid-scenario without losing its place', async () => {
    const engine = engineFor();
    const el = await mount((e) => {
      e.engine = engine;
      e.scenarioId = 'parcel';
    });
    await activate('[part="start"]');
    await activate('[part="continue"]');
    await settle(el);
    expect($(el, '.bubble')!.textContent).toBe('Selamat siang, Bu Rina. Ini sekadar parsel Lebaran dari kami. Tidak ada maksud apa-apa, kok.');
    engine.setLanguage('en');
    await settle(el);
    expect($(el, '[data-node]')!.dataset.node).toBe('arrival');
    expect($(el, '.bubble')!.textContent).toBe('Good afternoon, Ms Rina. Just a Lebaran parcel from us. No strings attached.');
    expect($(el, '.role')!.textContent).toBe('Director of CV Maju Jaya, a vendor to the office');
    expect($(el, '[part="continue"]')!.textContent).toBe('Continue');
    expect(meters(el)).toEqual(['Integrity=50 (50 of 100)', 'Public trust=50 (50 of 100)']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('plays standalone from a src URL, with its own engine', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(parcelCourse)], { type: 'application/json' }));
    const el = await mount((e) => {
      e.src = url;
      e.scenarioId = 'parcel';
      e.lang = 'en';
    });
    const seen = record(el);
    for (let i = 0; i < 20 && !$(el, '[part="start"]'); i++) await settle(el);
    expect($(el, '#title')!.textContent).toBe('A parcel from a vendor');
    await activate('[part="start"]');
    await settle(el);
    expect(seen.starts).toEqual([{ scenarioId: 'parcel', run: 1 }]);
    expect($(el, '[data-node]')!.textContent!.trim()).toBe('The office is quiet. A courier walks in with a large parcel of syrup, cookies and an envelope.');
    URL.revokeObjectURL(url);
  });

  it('feeds the trackers it is given when standalone: launch, then every event with its context', async () => {
    const tracker = new RecordingTracker('test', { language: 'en' });
    const el = await mount((e) => {
      e.course = parcelCourse;
      e.scenarioId = 'parcel';
      e.trackers = [tracker];
    });
    // With trackers, the element fetches the session's module first (a chunk in the bundles).
    await vi.waitFor(() => expect($(el, '[part="start"]')).not.toBeNull(), { timeout: 10_000 });
    // No lang attribute: the LMS's language (en) wins over the course default (id).
    expect(tracker.calls.slice(0, 2)).toEqual([{ call: 'launch', courseId: 'integrity-ranger-parcel' }, { call: 'handle', type: 'course-started' }]);
    expect(tracker.events[0]?.language).toBe('en');
    await activate('[part="start"]');
    await activate('[part="continue"]');
    await activate('[part="continue"]');
    await activate('button[data-choice="report-parcel"]');
    await settle(el);
    const mine = tracker.events.map(({ event }) => event).filter((e) => e.type.startsWith('scenario-'));
    expect(mine.map((e) => e.type)).toEqual(['scenario-started', 'scenario-choice']);
    expect(mine[1]).toMatchObject({ scenarioId: 'parcel', run: 1, nodeId: 'parcel-choice', choiceId: 'report-parcel', choiceText: 'Refuse, then report it to the gratuity control unit (UPG)', variables: { integrity: 75, trust: 65 } });
  });

  it('resumes a run in progress where the learner left it, without the intro', async () => {
    const first = engineFor();
    first.scenario('parcel');
    first.advance('parcel');
    first.advance('parcel');
    first.choose('parcel', 'refuse-parcel');
    const snapshot = first.snapshot();
    const engine = new CourseEngine(parcelCourse, { snapshot, now: () => 1_700_000_000_000 });
    engine.start();
    const el = await mount((e) => {
      e.engine = engine;
      e.scenarioId = 'parcel';
    });
    const seen = record(el);
    expect($(el, '[part="start"]')).toBeNull();
    expect(meters(el)).toEqual(['Integritas=65 (65 dari 100)', 'Kepercayaan publik=55 (55 dari 100)']);
    expect(seen.starts).toEqual([]);
  });

  it('resumes a run in progress once the engine\'s rules arrive, having shown the intro meanwhile', async () => {
    const first = engineFor();
    first.scenario('parcel');
    first.advance('parcel');
    first.advance('parcel');
    first.choose('parcel', 'refuse-parcel');
    // An engine whose rules arrive when the test gives them, as LazyCourseEngine's do when its chunk has loaded.
    const engine = new EngineCore(parcelCourse, { snapshot: first.snapshot(), now: () => 1_700_000_000_000 });
    engine.start();
    const el = await mount((e) => {
      e.engine = engine;
      e.scenarioId = 'parcel';
    });
    expect($(el, '[part="start"]')).not.toBeNull();
    engine.provide(await loadEngineRules());
    await settle(el);
    expect($(el, '[part="start"]')).toBeNull();
    expect(meters(el)).toEqual(['Integritas=65 (65 dari 100)', 'Kepercayaan publik=55 (55 dari 100)']);
  });

  it('starts when the engine\'s rules arrive if the learner pressed start before', async () => {
    const engine = new EngineCore(parcelCourse, { seed: 1 });
    engine.start();
    const el = await mount((e) => {
      e.engine = engine;
      e.scenarioId = 'parcel';
    });
    const seen = record(el);
    await activate('[part="start"]');
    expect(seen.starts).toEqual([]);
    engine.provide(await loadEngineRules());
    await settle(el);
    expect(seen.starts).toEqual([{ scenarioId: 'parcel', run: 1 }]);
    expect($(el, '[data-node]')!.dataset.node).toBe('intro');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('standalone, follows its lang attribute at run time and keeps its place', async () => {
    const el = await mount((e) => {
      e.course = parcelCourse;
      e.scenarioId = 'parcel';
    });
    for (let i = 0; i < 20 && !$(el, '[part="start"]'); i++) await settle(el);
    await activate('[part="start"]');
    await activate('[part="continue"]');
    await settle(el);
    expect($(el, '[part="continue"]')!.textContent).toBe('Lanjut');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, '[data-node]')!.dataset.node).toBe('arrival');
    expect($(el, '[part="continue"]')!.textContent).toBe('Continue');
    expect($(el, '.bubble')!.textContent).toBe('Good afternoon, Ms Rina. Just a Lebaran parcel from us. No strings attached.');
  });

  it('does not animate the meters under prefers-reduced-motion', async () => {
    const el = await mount((e) => {
      e.engine = engineFor();
      e.scenarioId = 'parcel';
    });
    await activate('[part="start"]');
    await settle(el);
    const fill = $(el, '.fill')!;
    expect(getComputedStyle(fill).transitionDuration).toBe('0.3s');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      expect(getComputedStyle(fill).transitionDuration).toBe('0s');
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('says plainly when the course cannot be fetched, and emits ck-error', async () => {
    const errors: Array<{ code: string; message: string }> = [];
    document.addEventListener('ck-error', (e) => errors.push((e as CustomEvent).detail), { once: true });
    const el = await mount((e) => {
      e.src = '/no-such-course.json';
      e.scenarioId = 'parcel';
    });
    for (let i = 0; i < 50 && !$(el, '[role="alert"]'); i++) await settle(el);
    expect($(el, '[role="alert"]')!.textContent).toBe('Skenario tidak dapat dimuat: /no-such-course.json: HTTP 404');
    expect(errors).toEqual([{ code: 'course-fetch-failed', message: 'Skenario tidak dapat dimuat: /no-such-course.json: HTTP 404', source: 'ck-scenario' }]);
  });

  it('renders author text inert', async () => {
    const evil = '<img src=x onerror="window.__ckxss=1"><script>window.__ckxss=2</script>';
    const course = structuredClone(parcelCourse);
    const scenario = course.scenarios![0]!;
    scenario.title = evil;
    const intro = scenario.nodes.find((n) => n.id === 'intro')!;
    if (intro.type === 'narration') intro.text = `${evil} [x](javascript:window.__ckxss=3)`;
    course.characters![0]!.name = evil;
    course.characters![0]!.color = 'red; background: url(https://example.invalid/track.png)';
    const el = await mount((e) => {
      e.engine = engineFor(course);
      e.scenarioId = 'parcel';
    });
    await activate('[part="start"]');
    await activate('[part="continue"]');
    await settle(el);
    expect((window as { __ckxss?: number }).__ckxss).toBeUndefined();
    expect(el.shadowRoot!.querySelectorAll('script, img, a').length).toBe(0);
    expect($(el, '#title')!.textContent).toBe(evil);
    expect($(el, '.name')!.textContent).toBe(evil);
    expect($(el, '.speaker')!.getAttribute('style')).toBeNull();
  });

  it('says so when the scenario id is not in the course, and emits ck-error', async () => {
    const errors: Array<{ code: string; message: string }> = [];
    const el = document.createElement('ck-scenario');
    el.addEventListener('ck-error', (e) => errors.push((e as CustomEvent).detail));
    el.engine = engineFor();
    el.scenarioId = 'parsel';
    document.body.append(el);
    mounted.push(el);
    await settle(el);
    expect($(el, '[role="alert"]')!.textContent).toBe('Skenario "parsel" tidak ada dalam kursus ini.');
    expect(errors).toEqual([{ code: 'scenario-not-found', message: 'Skenario "parsel" tidak ada dalam kursus ini.', source: 'ck-scenario' }]);
  });

  it('fits 320px without horizontal scrolling', async () => {
    const el = await mount((e) => {
      e.engine = engineFor();
      e.scenarioId = 'parcel';
      e.style.width = '320px';
    });
    await playByKeyboard(el, endings[0].path);
    const base = $(el, '.base')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    expect(el.getBoundingClientRect().width).toBe(320);
  });

  it('keyboard order: start is the first stop; Tab from a choice reaches the next choice', async () => {
    await mount((e) => {
      e.engine = engineFor();
      e.scenarioId = 'parcel';
    });
    await userEvent.keyboard('{Tab}');
    expect(deepActive()?.getAttribute('part')).toBe('start');
  });
});
