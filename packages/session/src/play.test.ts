import type { CourseEngineApi, EngineOptions } from '@coursekit/engine';
import { CourseEngine } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { miniCourse } from '@coursekit/test-fixtures';
import { describe, expect, it } from 'vitest';
import { play } from './play';
import { Session } from './session';

const course = miniCourse({
  id: 'mini-play',
  title: { id: 'Main', en: 'Play' },
  pages: [
    { id: 'p1', title: { id: 'Satu', en: 'One' }, blocks: [] },
    { id: 'p2', title: { id: 'Dua', en: 'Two' }, blocks: [] },
  ],
});

/** CourseEngine with a fixed seed and clock, writing down its events. */
const recording = (events: string[]) =>
  class extends CourseEngine {
    constructor(c: ResolvedCourse, options: EngineOptions) {
      super(c, { ...options, seed: 7, now: () => Date.UTC(2026, 11, 5, 9) });
      this.on((e) => events.push(e.type));
    }
  };

describe('play', () => {
  it('starts an engine with no tracker, in the host\'s language: the first page is viewed already', () => {
    const events: string[] = [];
    const played = play(course, { language: 'en', engineClass: recording(events) });
    if (!played.ok) throw new Error(played.message);
    expect([played.engine.language, played.engine.currentPage.pageId, events]).toEqual(['en', 'p1', ['course-started', 'page-viewed']]);
  });

  it('creates the engine Session.start creates when no tracker is given, for a language the course has and one it does not', async () => {
    for (const language of ['en', 'fr']) {
      const alone: string[] = [];
      const inSession: string[] = [];
      const played = play(course, { language, engineClass: recording(alone) });
      const started = await Session.start(course, { language, engineClass: recording(inSession), page: null });
      if (!played.ok || !started.ok) throw new Error('the engine did not start');
      expect(played.engine.snapshot()).toEqual(started.session.engine.snapshot());
      expect(alone).toEqual(inSession);
    }
  });

  it('says why the course cannot run, and throws nothing, when the engine cannot start', () => {
    const failing = class {
      constructor() {
        throw new Error('course "mini-play" has no pages');
      }
    } as unknown as new (c: ResolvedCourse, o: EngineOptions) => CourseEngineApi;
    expect(play(course, { engineClass: failing })).toEqual({ ok: false, code: 'engine-failed', message: 'course "mini-play" has no pages' });
  });
});
