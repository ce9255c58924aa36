import { describe, expect, it } from 'vitest';
import { CourseEngine, correctResponse } from '@coursekit/engine';
import type { CourseEngineApi, LearningEvent, Response } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';
import { loadExampleCourse } from './load';
import { playOnEngine, successPaths, wrongResponse } from './plays';

const course = loadExampleCourse('integrity-ranger/course.json');

/** Plays the whole course: every check answered by `answer`, every scenario on its success path, `attempts` assessment attempts. */
function playCourse(engine: CourseEngineApi, answer: (q: Question) => Response | null, attempts = 1): void {
  playOnEngine(engine, { answer: (q) => answer(q), paths: successPaths, attempts });
}

describe('Integrity Ranger played through on the engine', () => {
  it('a learner who does everything and answers correctly completes, passes with 100 and earns an IR certificate', () => {
    const engine = new CourseEngine(course, { seed: 20260817, now: () => 1_790_000_000_000 });
    const events: LearningEvent[] = [];
    engine.on((e) => events.push(e));
    playCourse(engine, (q) => correctResponse(q, 'id'));
    expect(engine.progress).toEqual({ viewed: 19, total: 19, percent: 100 });
    expect(engine.completionStatus).toBe('completed');
    expect(engine.successStatus).toBe('passed');
    expect(engine.score).toMatchObject({ raw: 100, max: 100, scaled: 1 });
    expect(engine.certificate?.id).toMatch(/^IR-/);
    expect(events.filter((e) => e.type === 'scenario-ended')).toHaveLength(5);
    expect(events.map((e) => e.type)).toContain('certificate-earned');
  });

  it('a learner who answers every assessment question wrongly three times completes but fails, with no certificate', () => {
    const engine = new CourseEngine(course, { seed: 3 });
    playCourse(engine, wrongResponse, 3);
    expect(engine.completionStatus).toBe('completed');
    expect(engine.successStatus).toBe('failed');
    expect(engine.score).toMatchObject({ raw: 0, scaled: 0 });
    expect(engine.certificate).toBeNull();
    expect(engine.retryAssessment('penilaian-akhir')).toMatchObject({ ok: false, reason: 'no-attempts-left' });
  });

  it('draws six questions from the gratification bank and four from the petty-corruption bank, the same for the same seed', () => {
    const draw = (seed: number): string[] => new CourseEngine(course, { seed }).assessment('penilaian-akhir').questions.map((q) => q.id);
    const ids = draw(11);
    expect(ids.filter((id) => id.startsWith('bg-'))).toHaveLength(6);
    expect(ids.filter((id) => id.startsWith('bk-'))).toHaveLength(4);
    expect(draw(11)).toEqual(ids);
  });

  it('needs 80 to pass: the course is passed at 80 and failed at 70', () => {
    expect(course.mastery).toEqual({ passingScore: 80, assessments: ['penilaian-akhir'] });
    const scoreWith = (wrong: number): { score: number | undefined; status: string } => {
      const engine = new CourseEngine(course, { seed: 5 });
      const view = engine.assessment('penilaian-akhir');
      view.questions.forEach((q, i) => engine.answerInAssessment('penilaian-akhir', q.id, (i < wrong ? wrongResponse(q) : correctResponse(q, 'id'))!));
      const result = engine.submitAssessment('penilaian-akhir');
      return { score: 'score' in result ? result.score.scaled : undefined, status: 'passed' in result ? String(result.passed) : 'refused' };
    };
    expect(scoreWith(2)).toEqual({ score: 0.8, status: 'true' });
    expect(scoreWith(3)).toEqual({ score: 0.7, status: 'false' });
  });
});
