import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CourseEngine } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import '../src/course-player/course-player';
import { CkCoursePlayer } from '../src/course-player/course-player.component';
import { deepElements, deepText, tour } from '../src/internal/test/tour';
import { sampleCourse } from '../src/internal/fixtures/sample.course';
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
    const clean = await tour(sampleCourse, 'Siti Rahmawati', surface);
    mounted.push(clean.player);
    const allowed = { tags: new Set<string>(), attrs: new Set<string>(), urls: new Set<string>() };
    for (const s of clean.seen) for (const k of ['tags', 'attrs', 'urls'] as const) for (const v of s[k]) allowed[k].add(v);
    clean.player.remove();
    // Markdown's safe subset may add its own elements and link attributes (a payload can be a list or a quote).
    for (const t of ['p', 'strong', 'em', 'code', 'blockquote', 'ul', 'ol', 'li', 'a', 'br', 'span']) allowed.tags.add(t);
    for (const a of ['href', 'target', 'rel', 'class']) allowed.attrs.add(a);

    const { course, used } = poisoned(sampleCourse);
    expect(used).toBeGreaterThan(xssCorpus.length);
    const learner = '<img src=x onerror="window.__ckXss=1">Siti';
    const { player, seen: surfaces } = await tour(course, learner, surface);
    mounted.push(player);
    expect(surfaces.length).toBe(clean.seen.length);
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
