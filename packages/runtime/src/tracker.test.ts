import { describe, expect, it } from 'vitest';
import type { CourseEngineApi, EngineSnapshot, LaunchData, LearningEvent, Tracker, TrackerProblem } from '@coursekit/engine';
import { combineTrackers } from './tracker';
import { miniCourse as course } from '../test/fixtures/mini-course';

function fake(name: string, launch: Partial<LaunchData>, log: string[], fail = false): Tracker {
  return {
    name,
    async launch() {
      log.push(`${name}.launch`);
      return { learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [], ...launch };
    },
    attach: () => void log.push(`${name}.attach`),
    record(e: LearningEvent) {
      if (fail) throw new Error('broken');
      log.push(`${name}.record ${e.type}`);
    },
    save: (s: EngineSnapshot) => void log.push(`${name}.save ${s.pageId}`),
    async terminate() {
      log.push(`${name}.terminate`);
    },
  };
}

describe('combineTrackers', () => {
  it('merges launch data in order and keeps every notice', async () => {
    const log: string[] = [];
    const snapshot = { pageId: 'intro' } as EngineSnapshot;
    const combined = combineTrackers([
      fake('scorm12', { learner: { id: 'u1', name: 'Rina' }, passingScore: 90, notices: [{ code: 'CK611', message: 'x' }] }, log),
      fake('xapi', { snapshot, language: 'en', notices: [{ code: 'X1', message: 'y' }] }, log),
    ]);
    expect(combined.name).toBe('scorm12+xapi');
    expect(await combined.launch(course)).toEqual({
      learner: { id: 'u1', name: 'Rina' },
      snapshot,
      passingScore: 90,
      language: 'en',
      mode: 'normal',
      notices: [{ code: 'CK611', message: 'x' }, { code: 'X1', message: 'y' }],
    });
  });

  it('fans events out; a tracker that throws is reported and the others go on', async () => {
    const log: string[] = [];
    const problems: TrackerProblem[] = [];
    const combined = combineTrackers([fake('broken', {}, log, true), fake('local', {}, log)], { onProblem: (p) => problems.push(p) });
    combined.attach({} as CourseEngineApi);
    combined.record({ type: 'course-completed', time: 0, courseId: 'mini', durationMs: 0 });
    combined.save({ pageId: 'more' } as EngineSnapshot);
    await combined.terminate();
    expect(log).toEqual(['broken.attach', 'local.attach', 'local.record course-completed', 'broken.save more', 'local.save more', 'broken.terminate', 'local.terminate']);
    expect(problems).toEqual([{ tracker: 'broken', code: 'CK600', message: 'broken.record threw: broken' }]);
  });
});
