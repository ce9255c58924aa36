import { describe, expect, it } from 'vitest';
import { CourseEngine, correctResponse } from '@coursekit/engine';
import type { CourseEngineApi, LearningEvent, Response } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';
import { loadExampleCourse } from './load';

const course = loadExampleCourse('integrity-ranger/course.json');

/** The success path of each scenario (see examples/integrity-ranger/README.md). */
const successPaths: Record<string, string[]> = {
  'parcel-lebaran': ['lapor-upg', 'ajak-lapor', 'objektif'],
  'kado-pernikahan': ['lapor', 'pilah', 'tegas'],
  'uang-transport': ['tanya-sari', 'lapor-atasan'],
  'percepatan-izin': ['tolak-sopan', 'jelaskan', 'laporkan-calo'],
  'jamuan-vendor': ['tolak-resmi', 'nyatakan-mundur'],
};

/** An answer that is never right: the first wrong option, a false statement, a wrong word or order. */
function wrongResponse(q: Question): Response | null {
  switch (q.type) {
    case 'single-choice':
      return { type: 'single-choice', choice: q.choices.find((c) => c.id !== q.correct)!.id };
    case 'multiple-response':
      return { type: 'multiple-response', choices: q.choices.filter((c) => !q.correct.includes(c.id)).map((c) => c.id) };
    case 'true-false':
      return { type: 'true-false', value: !q.correct };
    case 'fill-in':
      return { type: 'fill-in', text: 'tidak tahu' };
    case 'matching': {
      const ids = q.pairs.map((p) => p.id);
      return { type: 'matching', matches: Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % ids.length]!])) };
    }
    case 'sequencing':
      return { type: 'sequencing', order: q.items.map((i) => i.id).reverse() };
    default:
      return null;
  }
}

/** Plays the whole course page by page: answers every check, plays every scenario, takes the final assessment. */
function playCourse(engine: CourseEngineApi, answer: (q: Question) => Response | null, attempts = 1): void {
  engine.start();
  for (;;) {
    for (const block of engine.currentPage.page.blocks) {
      if (block.type === 'question') {
        const q = block.question;
        const response = answer(q) ?? (q.type === 'likert' ? { type: 'likert', choice: q.scale[3]!.id } : { type: 'reflection', text: 'Papan tarif di loket perlu diperbarui setiap tahun.' });
        const result = engine.answer(q.id, response);
        expect(result.ok, `${q.id}: ${'message' in result ? result.message : ''}`).toBe(true);
      }
      if (block.type === 'scenario') {
        for (const choice of successPaths[block.scenario]!) {
          let view = engine.scenario(block.scenario);
          while (view.node.type !== 'choice' || view.feedback !== null) view = engine.advance(block.scenario) as typeof view;
          expect('id' in engine.choose(block.scenario, choice)).toBe(true);
        }
        let view = engine.scenario(block.scenario);
        while (!view.ending) view = engine.advance(block.scenario) as typeof view;
        expect(view.ending.outcome, block.scenario).toBe('success');
      }
      if (block.type === 'assessment') {
        for (let attempt = 1; attempt <= attempts; attempt++) {
          const view = attempt === 1 ? engine.assessment(block.assessment) : engine.retryAssessment(block.assessment);
          if (!('questions' in view)) throw new Error(view.message);
          expect(view.questions).toHaveLength(10);
          for (const q of view.questions) engine.answerInAssessment(block.assessment, q.id, answer(q)!);
          expect(engine.submitAssessment(block.assessment).ok).toBe(true);
        }
      }
    }
    if (!engine.next().ok) break;
  }
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
