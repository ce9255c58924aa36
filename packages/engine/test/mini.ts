import type { Assessment, Question, ResolvedCourse } from '@coursekit/schema';
import { miniCourse as base } from '@coursekit/test-fixtures';

export const tf = (id: string, correct = true, weight?: number): Question => ({ id, type: 'true-false', prompt: id, correct, ...(weight ? { weight } : {}) });

/**
 * A small course to test rules on: module m1 has pages p1 (text), p2 (a knowledge check) and
 * p3 (assessment "a1"); module m2 has p4 (scenario "s1") and p5 (assessment "a2").
 * a1: tf questions a1-q1..a1-q4, pass 75, 2 attempts. a2: a2-q1, a2-q2 (weight 3), pass 50, unlimited.
 * s1: one choice node "c" with "good" → ending "win" (100) and "bad" → ending "lose" (0).
 */
export function miniCourse(patch: (c: ResolvedCourse) => void = () => {}): ResolvedCourse {
  const a1: Assessment = { id: 'a1', title: 'A1', passingScore: 75, attempts: 2, questions: ['a1-q1', 'a1-q2', 'a1-q3', 'a1-q4'].map((id) => tf(id)) };
  const a2: Assessment = { id: 'a2', title: 'A2', passingScore: 50, questions: [tf('a2-q1'), tf('a2-q2', true, 3)] };
  const course = base({
    title: { id: 'Mini', en: 'Mini' },
    modules: [
      {
        id: 'm1',
        title: 'M1',
        pages: [
          { id: 'p1', title: 'P1', blocks: [{ type: 'text', markdown: 'hello' }] },
          { id: 'p2', title: 'P2', blocks: [{ type: 'question', question: tf('kc') }] },
          { id: 'p3', title: 'P3', blocks: [{ type: 'assessment', assessment: 'a1' }] },
        ],
      },
      {
        id: 'm2',
        title: 'M2',
        pages: [
          { id: 'p4', title: 'P4', blocks: [{ type: 'scenario', scenario: 's1' }] },
          { id: 'p5', title: 'P5', blocks: [{ type: 'assessment', assessment: 'a2' }] },
        ],
      },
    ],
    assessments: [a1, a2],
    scenarios: [
      {
        id: 's1',
        title: 'S1',
        start: 'c',
        nodes: [
          { id: 'c', type: 'choice', prompt: 'Which?', choices: [{ id: 'good', text: 'Good', next: 'win' }, { id: 'bad', text: 'Bad', next: 'lose' }] },
          { id: 'win', type: 'ending', outcome: 'success', title: 'Win', debrief: 'd', score: 100 },
          { id: 'lose', type: 'ending', outcome: 'failure', title: 'Lose', debrief: 'd', score: 0 },
        ],
      },
    ],
  });
  patch(course);
  return course;
}

/** Answers the current attempt: the first `right` questions correctly, the rest wrongly. */
export function answerAttempt(engine: { assessment(id: string): { questions: Question[] }; answerInAssessment(a: string, q: string, r: { type: 'true-false'; value: boolean }): unknown }, id: string, right: number): void {
  engine.assessment(id).questions.forEach((q, i) => engine.answerInAssessment(id, q.id, { type: 'true-false', value: i < right }));
}
