import { describe, expect, it } from 'vitest';
import type { Question } from '@coursekit/schema';
import { CourseEngine } from '../src/engine';
import { indexCourse } from '../src/course-index';
import { judge } from '../src/questions/score';
import { correctResponse } from '../src/questions/score';
import { loadTour } from './tour';

// The worked examples of README.md, on the tour course.
const tour = loadTour();
const q = (id: string): Question => indexCourse(tour).questions.get(id)!;

describe('README worked examples', () => {
  it('partial credit', () => {
    const mr = (choices: string[]) => judge(q('kc-multiple'), { type: 'multiple-response', choices }).credit;
    expect([mr(['parcel', 'fee']), mr(['parcel', 'fee', 'salary']), mr(['parcel', 'salary']), mr(['parcel', 'transport', 'fee', 'salary'])]).toEqual([2 / 3, 1 / 3, 0, 2 / 3]);
    expect(judge(q('bank-channels'), { type: 'multiple-response', choices: ['upg'] }).credit).toBe(0);
    expect(judge(q('kc-matching'), { type: 'matching', matches: { parcel: 'parcel', wedding: 'family', family: 'wedding' } }).credit).toBe(1 / 3);
    expect(judge(q('fq-matching'), { type: 'matching', matches: { kpk: 'kpk', upg: 'upg', asn: 'kpk' } }).credit).toBe(0);
    const seq = (order: string[]) => judge(q('kc-sequencing'), { type: 'sequencing', order }).credit;
    expect([seq(['note', 'form', 'decision', 'submit']), seq(['decision', 'note', 'form', 'submit'])]).toEqual([0.5, 0]);
    expect(judge(q('fq-fill-in'), { type: 'fill-in', text: ' Tiga   Puluh ' }).credit).toBe(1);
    expect(judge(q('bank-unit'), { type: 'fill-in', text: 'upg' }).credit).toBe(0);
    expect(judge(q('fq-single'), { type: 'single-choice', choice: 'return' }).score).toEqual({ raw: 2, min: 0, max: 2, scaled: 1 });
  });

  it('the final quiz: max 9, fq-single wrong gives 7/9 and passes', () => {
    const e = new CourseEngine(tour, { seed: 7 });
    for (const question of e.assessment('final-quiz').questions) {
      const r = question.id === 'fq-single' ? { type: 'single-choice' as const, choice: 'keep' } : correctResponse(question);
      if (r) e.answerInAssessment('final-quiz', question.id, r);
    }
    expect(e.submitAssessment('final-quiz')).toEqual({ ok: true, score: { raw: 7, min: 0, max: 9, scaled: 7 / 9 }, passed: true, attemptsLeft: 1 });
  });

  it('navigation and progress', () => {
    const e = new CourseEngine(tour, { seed: 7 });
    e.start();
    expect(e.goTo('quiz-page')).toEqual({ ok: false, reason: 'locked', message: 'page "quiz-page" is 5 pages ahead; in a linear course pages open one at a time' });
    e.next();
    expect(e.progress).toEqual({ viewed: 2, total: 7, percent: 28 });
  });
});
