import { readFileSync } from 'node:fs';
import type { ResolvedCourse } from '@coursekit/schema';
import type { CourseEngineApi } from '../src/api';
import type { LearningEvent } from '../src/events';
import { correctResponse } from '../src/questions/score';

/** The example tour course (examples/tour/course.json), read fresh for each caller. */
export function loadTour(): ResolvedCourse {
  return JSON.parse(readFileSync(new URL('../../../examples/tour/course.json', import.meta.url), 'utf8')) as ResolvedCourse;
}

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2026, 10, 24, 9, 0, 0)): { now: () => number; tick: (ms: number) => void } {
  let t = start;
  return { now: () => t, tick: (ms) => void (t += ms) };
}

/** Records every event's type (and the events themselves). */
export function record(engine: CourseEngineApi): { types: string[]; events: LearningEvent[] } {
  const out = { types: [] as string[], events: [] as LearningEvent[] };
  engine.on((e) => {
    out.types.push(e.type);
    out.events.push(e);
  });
  return out;
}

/** Plays a scenario to an ending, taking the choice `pick` returns at each choice node. */
export function playScenario(engine: CourseEngineApi, id: string, pick: (offered: string[]) => string = (o) => o[0]!): void {
  for (let i = 0; i < 100; i++) {
    const view = engine.scenario(id);
    if (view.ending) return;
    const r = view.node.type === 'choice' && view.feedback === null ? engine.choose(id, pick(view.choices.map((c) => c.id))) : engine.advance(id);
    if ('ok' in r) throw new Error(r.message);
  }
  throw new Error(`scenario ${id} did not end`);
}

/** Does everything on the current page with full-credit answers (likert: first point; reflection: a sentence). */
export function completePage(engine: CourseEngineApi): void {
  for (const block of engine.currentPage.page.blocks) {
    if (block.type === 'question') {
      const r = correctResponse(block.question, engine.language) ?? (block.question.type === 'likert' ? { type: 'likert' as const, choice: block.question.scale[0]!.id } : { type: 'reflection' as const, text: 'Saya akan menolak dengan sopan.' });
      engine.answer(block.question.id, r);
    } else if (block.type === 'assessment') {
      const view = engine.assessment(block.assessment);
      if (view.submitted) continue;
      for (const q of view.questions) {
        const r = correctResponse(q, engine.language) ?? (q.type === 'likert' ? { type: 'likert' as const, choice: q.scale[0]!.id } : { type: 'reflection' as const, text: 'Menolak dengan sopan.' });
        engine.answerInAssessment(block.assessment, q.id, r);
      }
      engine.submitAssessment(block.assessment);
    } else if (block.type === 'scenario') {
      playScenario(engine, block.scenario);
    }
  }
}

/** Plays the whole course with full-credit answers. */
export function playToEnd(engine: CourseEngineApi): void {
  for (let i = 0; i <= engine.pages.length; i++) {
    completePage(engine);
    if (!engine.next().ok) return;
  }
}
