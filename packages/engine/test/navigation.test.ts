import { describe, expect, it } from 'vitest';
import type { ResolvedCourse } from '@coursekit/schema';
import { CourseEngine } from '../src/engine';
import { LazyCourseEngine } from '../src/lazy';
import { fakeClock, record } from './tour';
import { miniCourse } from './mini';

const make = (mode?: 'linear' | 'free' | 'locked', patch?: (c: ResolvedCourse) => void) => {
  const engine = new CourseEngine(
    miniCourse((c) => {
      if (mode) c.navigation = { mode };
      patch?.(c);
    }),
    { seed: 1, now: fakeClock().now },
  );
  engine.start();
  return engine;
};
const open = (e: CourseEngine) => e.pages.map((p) => e.canGoTo(p.pageId));

describe('navigation', () => {
  it('linear (the default): one page forward at a time, back freely, viewed pages stay open', () => {
    const e = make();
    expect(open(e)).toEqual([true, true, false, false, false]);
    expect(e.goTo('p4')).toEqual({ ok: false, reason: 'locked', message: 'page "p4" is 3 pages ahead; in a linear course pages open one at a time' });
    expect(e.next()).toEqual({ ok: true });
    expect(e.next()).toEqual({ ok: true });
    expect(e.currentPage.pageId).toBe('p3');
    expect(e.goTo('p1')).toEqual({ ok: true });
    expect(open(e)).toEqual([true, true, true, false, false]);
    expect(e.previous()).toEqual({ ok: false, reason: 'locked', message: 'page "p1" is the first; there is no page before it' });
  });

  it('free: every page at any time', () => {
    const e = make('free');
    expect(open(e)).toEqual([true, true, true, true, true]);
    expect(e.goTo('p5')).toEqual({ ok: true });
    expect(e.next()).toEqual({ ok: false, reason: 'ended', message: 'page "p5" is the last of 5' });
  });

  it('locked: a page opens once every page before it is complete (viewed, checks answered, assessments submitted, scenarios ended)', () => {
    const e = make('locked');
    expect(open(e)).toEqual([true, true, false, false, false]);
    e.next();
    expect(e.next()).toEqual({ ok: false, reason: 'locked', message: 'page "p3" opens once page "p2" is complete' });
    // A wrong answer completes the page too: locked asks for participation, not mastery.
    e.answer('kc', { type: 'true-false', value: false });
    expect(e.next()).toEqual({ ok: true });
    expect(e.canGoTo('p4')).toBe(false);
    e.assessment('a1');
    e.submitAssessment('a1');
    expect(e.canGoTo('p4')).toBe(true);
    e.next();
    expect(e.canGoTo('p5')).toBe(false);
    e.scenario('s1');
    e.choose('s1', 'bad');
    expect(e.canGoTo('p5')).toBe(true);
  });

  it('emits page-viewed with the progress after each arrival, and none when staying put', () => {
    const e = new CourseEngine(miniCourse(), { seed: 1, now: () => 5 });
    const log = record(e);
    e.start();
    e.next();
    e.goTo('p2');
    e.previous();
    expect(log.events).toEqual([
      { type: 'course-started', language: 'id', time: 5, courseId: 'mini' },
      { type: 'page-viewed', moduleId: 'm1', pageId: 'p1', progress: { viewed: 1, total: 5 }, time: 5, courseId: 'mini' },
      { type: 'page-viewed', moduleId: 'm1', pageId: 'p2', progress: { viewed: 2, total: 5 }, time: 5, courseId: 'mini' },
      { type: 'page-viewed', moduleId: 'm1', pageId: 'p1', progress: { viewed: 2, total: 5 }, time: 5, courseId: 'mini' },
    ]);
    expect(e.progress).toEqual({ viewed: 2, total: 5, percent: 40 });
  });

  it('throws on a page id the course does not have', () => {
    expect(() => make().goTo('p9')).toThrow('CK350 page "p9" is not in the course');
  });

  it('starts once', () => {
    const e = new CourseEngine(miniCourse(), { seed: 1 });
    const log = record(e);
    e.start();
    e.start();
    expect(log.types).toEqual(['course-started', 'page-viewed']);
  });
});

describe('language', () => {
  it('starts in the option, else the default; switches with an event; text() falls back to the default language', () => {
    const e = new CourseEngine(miniCourse(), { language: 'en', now: () => 0 });
    expect(e.language).toBe('en');
    expect(new CourseEngine(miniCourse(), { language: 'fr' }).language).toBe('id');
    const log = record(e);
    e.setLanguage('en');
    e.setLanguage('id');
    expect(log.events).toEqual([{ type: 'language-changed', language: 'id', time: 0, courseId: 'mini' }]);
    expect(e.text({ id: 'Halo', en: 'Hello' })).toBe('Halo');
    e.setLanguage('en');
    expect(e.text({ id: 'Halo' })).toBe('Halo');
    expect(e.text({ fr: 'Bonjour' })).toBe('Bonjour');
    expect(e.text(undefined)).toBe('');
    expect(() => e.setLanguage('fr')).toThrow('CK351 language "fr" is not one of the course\'s (id, en)');
  });

  it('refuses a course with no pages with CK352, for the eager and the lazy engine alike', () => {
    const empty = miniCourse((c) => {
      c.modules = [];
    });
    const message = 'CK352 course "mini" has no pages: give a module at least one page, and validate the course first';
    expect(() => new CourseEngine(empty)).toThrow(message);
    expect(() => new LazyCourseEngine(empty)).toThrow(message);
  });
});
