import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CourseEngine } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import '../src/course-player/course-player';
import { CkCoursePlayer } from '../src/course-player/course-player.component';
import { ready, settleDeep } from '../src/internal/test/dom';
import { sampleCourse } from '../src/internal/fixtures/sample.course';
import { finishedSnapshot, staticTracker } from '../src/internal/fixtures/static-tracker';
import { xssCorpus } from '../src/markdown/xss-corpus';

declare global {
  interface Window {
    __ckXss?: number;
  }
}

// Every key of the course format whose value is text the learner sees (LocalizedText or
// LocalizedMarkdown, see packages/schema/src/format). `correct` is text only inside `feedback`.
const TEXT_KEYS = new Set(['title', 'text', 'description', 'markdown', 'transcript', 'prompt', 'feedback', 'source', 'target', 'role', 'placeholder', 'partial', 'incorrect', 'name', 'label', 'issuer', 'front', 'back', 'debrief', 'caption', 'alt']);

/**
 * The course with an XSS payload from the corpus put before every text the learner can see
 * (titles, Markdown, choice labels, feedback, dialogue lines, character names, certificate text),
 * cycling through the corpus. Ids, sources and answers stay as they are, so the course still plays.
 */
function poisoned(course: ResolvedCourse): { course: ResolvedCourse; used: number } {
  let n = 0;
  const evil = (s: string): string => (s === '' ? s : `${xssCorpus[n++ % xssCorpus.length]} ${s}`);
  const isText = (v: unknown): v is string | Record<string, string> => typeof v === 'string' || (!!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string'));
  // Not text: a scenario variable's name (used in conditions) and an assessment's feedback mode.
  const structural = (key: string, parent: string, v: unknown): boolean => (key === 'name' && parent === 'variables') || (key === 'feedback' && typeof v === 'string' && ['immediate', 'after-submit', 'never'].includes(v));
  const walk = (v: unknown, parent: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, parent));
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => {
        const textKey = (TEXT_KEYS.has(k) || (k === 'correct' && parent === 'feedback')) && !structural(k, parent, x);
        if (!textKey || !isText(x)) return [k, walk(x, k)];
        return [k, typeof x === 'string' ? evil(x) : Object.fromEntries(Object.entries(x).map(([l, t]) => [l, evil(t)]))];
      }),
    );
  };
  const out = walk(course, '') as ResolvedCourse;
  return { course: out, used: n };
}

/** Every element in `root` and in the shadow roots below it. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

function deepText(root: Element | ShadowRoot): string {
  return deepElements(root)
    .flatMap((e) => [...e.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent))
    .join(' ');
}

/** What the page looks like to an attacker: element names, attribute names, and the URLs in it. */
function surface(root: Element): { tags: Set<string>; attrs: Set<string>; urls: Set<string> } {
  const s = { tags: new Set<string>(), attrs: new Set<string>(), urls: new Set<string>() };
  for (const el of deepElements(root.shadowRoot!)) {
    s.tags.add(el.localName);
    for (const a of el.attributes) {
      s.attrs.add(a.name);
      if (['href', 'src', 'poster', 'action', 'formaction', 'data', 'xlink:href'].includes(a.name)) s.urls.add(a.value);
    }
  }
  return s;
}

/** Clicks every button matching `selector` inside each element named `tag`, deep in the player. */
async function press(player: CkCoursePlayer, tag: string, selector: string): Promise<void> {
  for (const el of deepElements(player.shadowRoot!).filter((e) => e.localName === tag)) {
    for (const b of el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []) {
      b.click();
      await settleDeep(player);
    }
  }
}

/** The button in the player's scenario to press next (start, continue or the first choice), if any. */
function scenarioStep(player: CkCoursePlayer): HTMLElement | null {
  const scenario = deepElements(player.shadowRoot!).find((e) => e.localName === 'ck-scenario');
  return scenario?.shadowRoot?.querySelector<HTMLElement>('[part="start"], [part="continue"], button[data-choice]') ?? null;
}

/**
 * Opens the course, then every page: opens each accordion section and tab, turns each card,
 * plays the scenario to an ending, starts the quiz; then the results page with the certificate.
 * Returns the surface seen after each step.
 */
async function tour(course: ResolvedCourse, learner: string): Promise<{ player: CkCoursePlayer; surfaces: ReturnType<typeof surface>[] }> {
  const player = document.createElement('ck-course-player');
  player.trackers = [staticTracker({ snapshot: finishedSnapshot(course, 'id', true), learner: { id: null, name: learner } })];
  player.course = course;
  document.body.append(player);
  mounted.push(player);
  await ready(player);
  const surfaces = [surface(player)];
  for (const page of course.modules.flatMap((m) => m.pages)) {
    expect(player.goTo(page.id), page.id).toBe(true);
    await settleDeep(player);
    await press(player, 'ck-accordion', 'button[aria-expanded="false"]');
    await press(player, 'ck-tabs', '[role="tab"]');
    await press(player, 'ck-flip-cards', 'button');
    await press(player, 'ck-micro-cards', '[part="next"], .next');
    for (let guard = 0; guard < 30; guard++) {
      const step = scenarioStep(player);
      if (!step) break;
      step.click();
      await settleDeep(player);
      surfaces.push(surface(player));
    }
    const scenario = deepElements(player.shadowRoot!).find((e) => e.localName === 'ck-scenario');
    if (scenario) expect(scenario.shadowRoot!.querySelector('[part="ending"]'), 'the scenario reached an ending').not.toBeNull();
    await press(player, 'ck-quiz', 'button.primary');
    surfaces.push(surface(player));
  }
  player.showResults();
  await settleDeep(player);
  surfaces.push(surface(player));
  return { player, surfaces };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  delete window.__ckXss;
});

beforeAll(() => {
  CkCoursePlayer.engineClass = CourseEngine;
});

describe('<ck-course-player> with an XSS payload in every course text', () => {
  it('renders every payload as text: no script runs, nothing beyond safe Markdown, no new attribute or non-web URL', async () => {
    const clean = await tour(sampleCourse, 'Siti Rahmawati');
    const allowed = { tags: new Set<string>(), attrs: new Set<string>(), urls: new Set<string>() };
    for (const s of clean.surfaces) for (const k of ['tags', 'attrs', 'urls'] as const) for (const v of s[k]) allowed[k].add(v);
    clean.player.remove();
    // Markdown's safe subset may add its own elements and link attributes (a payload can be a list or a quote).
    for (const t of ['p', 'strong', 'em', 'code', 'blockquote', 'ul', 'ol', 'li', 'a', 'br', 'span']) allowed.tags.add(t);
    for (const a of ['href', 'target', 'rel', 'class']) allowed.attrs.add(a);

    const { course, used } = poisoned(sampleCourse);
    expect(used).toBeGreaterThan(xssCorpus.length);
    const learner = '<img src=x onerror="window.__ckXss=1">Siti';
    const { player, surfaces } = await tour(course, learner);
    expect(surfaces.length).toBe(clean.surfaces.length);
    expect(allowed.tags).toContain('ck-certificate');
    for (const [i, s] of surfaces.entries()) {
      expect([...s.tags].filter((t) => !allowed.tags.has(t)), `new elements at step ${i}`).toEqual([]);
      expect([...s.attrs].filter((a) => !allowed.attrs.has(a)), `new attributes at step ${i}`).toEqual([]);
      expect([...s.urls].filter((u) => !allowed.urls.has(u) && !/^(https?:\/\/|mailto:)/i.test(u)), `new URLs at step ${i}`).toEqual([]);
    }
    // The payloads reached the page, as text: the course title, a scenario ending and the certificate name.
    const shown = deepText(player.shadowRoot!);
    expect(shown).toContain(`${xssCorpus[0]} Penjaga Integritas`);
    expect(deepElements(player.shadowRoot!).some((e) => e.localName === 'ck-certificate' && deepText(e.shadowRoot!).includes(learner))).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__ckXss).toBeUndefined();
  });
});
