import type { Assessment, Question } from '@coursekit/schema';
import type { AnswerResult, AssessmentView, Refusal } from '../api';
import type { Response, Score } from '../events';
import type { AssessmentSnapshot } from '../snapshot';
import { copy, objectOr, refuse, strings, type EngineContext } from '../context';
import { EngineError, EngineErrorCode } from '../errors';
import { feedbackFor } from '../questions/feedback';
import { isScored, judge } from '../questions/score';
import { responseProblem } from '../questions/validate';
import { drawAttempt } from './draw';
import { reaches } from '../progress/rules';

interface AttemptState extends AssessmentSnapshot {
  startedAt: number;
  /** When the learner was last shown a question of this attempt (start, or the last answer). */
  shownAt: number;
}

/**
 * The weighted score of an attempt: raw = Σ credit × weight over the scored questions, max = Σ
 * weight; unanswered questions earn 0; likert and reflection add nothing. An attempt with no
 * scored question scales to 1 (there was nothing to get wrong).
 *
 * @example
 * attemptScore([single2, trueFalse1], { 'fq-single': { type: 'single-choice', choice: 'return' } });
 * // { raw: 2, min: 0, max: 3, scaled: 0.6666666666666666 }
 */
export function attemptScore(questions: readonly Question[], responses: Record<string, Response>): Score {
  let raw = 0;
  let max = 0;
  for (const q of questions) {
    if (!isScored(q)) continue;
    max += q.weight ?? 1;
    const response = responses[q.id];
    if (response) raw += judge(q, response).score?.raw ?? 0;
  }
  return { raw, min: 0, max, scaled: max > 0 ? raw / max : 1 };
}

/**
 * Runs the course's assessments: attempts, seeded draws, responses, submission and scoring.
 *
 * @example
 * const assessments = new AssessmentRunner(context);
 * assessments.view('final-quiz').questions.length; // 10
 */
export class AssessmentRunner {
  private readonly states = new Map<string, AttemptState>();

  constructor(private readonly ctx: EngineContext) {}

  private definition(id: string): Assessment {
    const a = this.ctx.index.assessments.get(id);
    if (!a) throw new EngineError(EngineErrorCode.unknownId, `assessment "${id}" is not in the course`);
    return a;
  }

  private questions(s: AssessmentSnapshot): Question[] {
    return s.questionIds.map((q) => this.ctx.index.questions.get(q)).filter((q): q is Question => q !== undefined);
  }

  /** Attempts left after the current one; null when unlimited. */
  private left(a: Assessment, s: AssessmentSnapshot): number | null {
    return a.attempts ? Math.max(0, a.attempts - s.attempt) : null;
  }

  /** Some attempt has been submitted. */
  submittedOnce(id: string): boolean {
    const best = this.states.get(id)?.best;
    return best !== undefined && best !== null;
  }

  /** The attempts are over: an attempt passed (no retake after a pass), or the last allowed one was submitted. */
  settled(id: string): boolean {
    const a = this.ctx.index.assessments.get(id);
    const s = this.states.get(id);
    if (!a || !s) return false;
    return s.passed || (s.submitted && this.left(a, s) === 0);
  }

  state(id: string): AssessmentSnapshot | undefined {
    return this.states.get(id);
  }

  view(id: string): AssessmentView {
    const a = this.definition(id);
    if (!this.states.has(id)) this.begin(a, 1, null, false);
    const s = this.states.get(id)!;
    const questions = this.questions(s);
    let result: AssessmentView['result'] = null;
    if (s.submitted) {
      const score = attemptScore(questions, s.responses);
      result = { score, passed: reaches(score.scaled, this.ctx.passingScore(a)) };
    }
    return { id, attempt: s.attempt, questions, responses: copy(s.responses), submitted: s.submitted, result, attemptsLeft: this.left(a, s), passingScore: this.ctx.passingScore(a) };
  }

  retry(id: string): AssessmentView | Refusal {
    const a = this.definition(id);
    const s = this.states.get(id);
    if (!s || !s.submitted) return this.view(id);
    if (s.passed) return refuse('already-submitted', `assessment "${id}" was passed; a passed assessment is not taken again`);
    if (this.left(a, s) === 0) return refuse('no-attempts-left', `assessment "${id}": all ${a.attempts} attempts are used`);
    this.begin(a, s.attempt + 1, s.best, s.passed);
    return this.view(id);
  }

  private begin(a: Assessment, attempt: number, best: number | null, passed: boolean): void {
    const questionIds = drawAttempt(a, this.ctx.index.banks, this.ctx.seed, attempt);
    const now = this.ctx.now();
    this.states.set(a.id, { attempt, questionIds, responses: {}, submitted: false, best, passed, startedAt: now, shownAt: now });
    this.ctx.emit({ type: 'assessment-started', assessmentId: a.id, attempt, questionIds: [...questionIds] });
  }

  answer(id: string, questionId: string, response: Response): AnswerResult | Refusal {
    const a = this.definition(id);
    const question = this.ctx.index.questions.get(questionId);
    if (!question) throw new EngineError(EngineErrorCode.unknownId, `question "${questionId}" is not in the course`);
    const s = this.states.get(id);
    if (!s) return refuse('not-started', `assessment "${id}" has not started`);
    if (s.submitted) return refuse('already-submitted', `assessment "${id}": attempt ${s.attempt} is already submitted`);
    if (!s.questionIds.includes(questionId)) return refuse('invalid-response', `question "${questionId}" is not in attempt ${s.attempt} of assessment "${id}"`);
    const problem = responseProblem(question, response);
    if (problem) return refuse('invalid-response', problem);
    const kept = copy(response);
    s.responses[questionId] = kept;
    const judged = judge(question, kept);
    const now = this.ctx.now();
    const page = this.ctx.index.placedOn.get(id) ?? this.ctx.currentPage();
    this.ctx.emit({
      type: 'question-answered',
      question,
      assessmentId: id,
      attempt: s.attempt,
      moduleId: page.moduleId,
      pageId: page.pageId,
      response: copy(kept),
      correct: judged.correct,
      score: judged.score,
      latencyMs: Math.max(0, now - s.shownAt),
    });
    s.shownAt = now;
    const feedback = a.feedback === 'immediate' ? feedbackFor(question, kept, judged) : null;
    return { ok: true, correct: judged.correct, score: judged.score, feedback };
  }

  submit(id: string): { ok: true; score: Score; passed: boolean; attemptsLeft: number | null } | Refusal {
    const a = this.definition(id);
    const s = this.states.get(id);
    if (!s) return refuse('not-started', `assessment "${id}" has not started`);
    if (s.submitted) return refuse('already-submitted', `assessment "${id}": attempt ${s.attempt} is already submitted`);
    const score = attemptScore(this.questions(s), s.responses);
    const passingScore = this.ctx.passingScore(a);
    const passed = reaches(score.scaled, passingScore);
    s.submitted = true;
    s.best = s.best === null ? score.scaled : Math.max(s.best, score.scaled);
    s.passed = s.passed || passed;
    const attemptsLeft = this.left(a, s);
    this.ctx.emit({
      type: 'assessment-completed',
      assessmentId: id,
      attempt: s.attempt,
      score,
      passed,
      passingScore,
      attemptsLeft,
      durationMs: Math.max(0, this.ctx.now() - s.startedAt),
    });
    return { ok: true, score, passed, attemptsLeft };
  }

  snapshot(): Record<string, AssessmentSnapshot> {
    const out: Record<string, AssessmentSnapshot> = {};
    for (const [id, s] of this.states) {
      out[id] = { attempt: s.attempt, questionIds: [...s.questionIds], responses: copy(s.responses), submitted: s.submitted, best: s.best, passed: s.passed };
    }
    return out;
  }

  /**
   * Takes saved attempts back, keeping what still exists: unknown assessments are dropped;
   * question ids no longer in the course are dropped from the attempt, with their responses;
   * responses that no longer fit their question (a choice removed) are dropped.
   */
  restore(saved: Partial<Record<string, AssessmentSnapshot>>): string[] {
    const notes: string[] = [];
    const now = this.ctx.now();
    for (const [id, raw] of Object.entries(saved)) {
      if (!this.ctx.index.assessments.has(id)) {
        notes.push(`assessment "${id}" is no longer in the course; its attempts were dropped`);
        continue;
      }
      const s = objectOr<AssessmentSnapshot>(copy(raw));
      const questionIds = strings(s.questionIds).filter((q) => this.ctx.index.questions.has(q));
      if (questionIds.length !== (Array.isArray(s.questionIds) ? s.questionIds.length : 0)) notes.push(`assessment "${id}": questions no longer in the course were dropped from attempt ${s.attempt}`);
      const responses: Record<string, Response> = {};
      for (const [q, r] of Object.entries(objectOr<Record<string, Response>>(s.responses))) {
        const question = this.ctx.index.questions.get(q);
        if (question && r !== undefined && questionIds.includes(q) && responseProblem(question, r) === null) responses[q] = r;
        else notes.push(`assessment "${id}": the response to "${q}" no longer fits the course and was dropped`);
      }
      this.states.set(id, {
        attempt: Math.max(1, Math.floor(Number(s.attempt)) || 1),
        questionIds,
        responses,
        submitted: s.submitted === true,
        best: typeof s.best === 'number' ? Math.min(1, Math.max(0, s.best)) : null,
        passed: s.passed === true,
        startedAt: now,
        shownAt: now,
      });
    }
    return notes;
  }
}
