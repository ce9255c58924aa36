import type { LocalizedText, ResolvedCourse } from '@coursekit/schema';
import type { AnswerResult, AssessmentView, CourseEngineApi, EngineOptions, PageRef, Refusal, ScenarioView } from './api';
import type { LearningEvent, Response, Score } from './events';
import type { EngineSnapshot, LearnerProfile } from './snapshot';
import { AssessmentRunner } from './assessment/runner';
import { copy, objectOr, refuse, strings, type EngineContext, type EventBody } from './context';
import { indexCourse, type CourseIndex } from './course-index';
import { EngineError, EngineErrorCode } from './errors';
import { canVisit, pageComplete } from './progress/navigation';
import { certificateNumber } from './progress/certificate';
import { completionMet, judgeCourse, masteryAssessments, type RuleInputs } from './progress/rules';
import { feedbackFor } from './questions/feedback';
import { judge } from './questions/score';
import { responseProblem } from './questions/validate';
import { randomSeed } from './rng';
import { ScenarioRunner } from './scenario/runner';
import { localize } from './text';

type Ok = { ok: true };

/**
 * The CourseKit course engine: navigation, progress, language, knowledge checks, assessments,
 * scenarios, completion, mastery, certificate and resume, as learning events. Pure TypeScript,
 * no DOM: it runs the same in the player, in Node and in tests.
 *
 * Learner actions never throw: what is not allowed now returns `{ ok: false, reason, message }`.
 * Only programmer misuse throws an `EngineError` (an id or language the course does not have).
 *
 * @example
 * const engine = new CourseEngine(course, { seed: 7 });
 * engine.on((event) => console.log(event.type));
 * engine.start();                    // course-started, page-viewed
 * engine.answer('kc-true-false', { type: 'true-false', value: true }); // question-answered
 * engine.next();                     // page-viewed
 * const saved = engine.snapshot();   // plain JSON
 * const resumed = new CourseEngine(course, { snapshot: saved }); // same page, answers, attempts, scenarios
 */
export class CourseEngine implements CourseEngineApi {
  readonly pages: readonly PageRef[];
  /** What a restore had to drop because the course changed since the snapshot (English notes). */
  readonly restoreNotes: readonly string[];

  private readonly index: CourseIndex;
  private readonly clock: () => number;
  private readonly seed: number;
  private readonly override: number | undefined;
  private readonly listeners = new Set<(event: LearningEvent) => void>();
  private readonly assessments: AssessmentRunner;
  private readonly scenarios: ScenarioRunner;
  private readonly resumed: boolean;
  private readonly sessionStart: number;
  private lang: string;
  private pageIndex = 0;
  private viewed = new Set<string>();
  private answers = new Map<string, Response>();
  private completed = false;
  private passed: boolean | null = null;
  private cert: { id: string; issuedAt: number } | null = null;
  private profile: LearnerProfile = {};
  private readonly learnerId: string | undefined;
  private savedTime = 0;
  private modulesDone = new Set<string>();
  private started = false;
  private pageShownAt: number;
  private evaluating = false;
  private again = false;

  constructor(
    readonly course: ResolvedCourse,
    options: EngineOptions = {},
  ) {
    this.index = indexCourse(course);
    this.pages = this.index.pages;
    this.clock = options.now ?? Date.now;
    this.override = typeof options.passingScore === 'number' && Number.isFinite(options.passingScore) ? options.passingScore : undefined;
    this.sessionStart = this.clock();
    this.learnerId = typeof options.learnerId === 'string' && options.learnerId !== '' ? options.learnerId : undefined;
    this.pageShownAt = this.sessionStart;
    const notes: string[] = [];
    let saved = options.snapshot;
    if (saved && (typeof saved !== 'object' || saved.v !== 1 || saved.courseId !== course.id)) {
      notes.push(saved.v !== 1 ? `snapshot format ${String(saved.v)} is not 1; starting afresh` : `the snapshot is of course "${saved.courseId}", not "${course.id}"; starting afresh`);
      saved = undefined;
    }
    this.resumed = saved !== undefined;
    this.seed = Number((saved ? saved.seed : (options.seed ?? randomSeed())) ?? 0) >>> 0;
    const masteryIds = new Set(masteryAssessments(course).map((m) => m.assessment));
    const ctx: EngineContext = {
      index: this.index,
      seed: this.seed,
      now: () => this.clock(),
      emit: (event) => this.emit(event),
      text: (text) => this.text(text),
      currentPage: () => this.currentPage,
      // One pass mark: the LMS's mastery score judges the assessments that make the course score, so the verdict on the
      // quiz screen, the retry it offers and the status the LMS records agree (SCORM 1.2 RTE cmi.student_data.mastery_score).
      passingScore: (a) => (this.override !== undefined && masteryIds.has(a.id) ? this.override : a.passingScore),
    };
    this.assessments = new AssessmentRunner(ctx);
    this.scenarios = new ScenarioRunner(ctx);
    const known = (l: string | undefined): l is string => l !== undefined && course.languages.includes(l);
    this.lang = known(options.language) ? options.language : known(saved?.language) ? saved.language : course.defaultLanguage;
    if (saved) notes.push(...this.restore(saved));
    this.restoreNotes = notes;
    // What was done before this session was announced then: never announce it again.
    for (const m of course.modules) if (this.moduleComplete(m.id)) this.modulesDone.add(m.id);
  }

  /** Puts the saved state back, keeping only what the course still has. */
  private restore(saved: EngineSnapshot): string[] {
    const notes: string[] = [];
    const page = this.index.pageById.get(saved.pageId);
    if (page) this.pageIndex = page.index;
    else notes.push(`page "${saved.pageId}" is no longer in the course; resuming on the first page`);
    const viewed = strings(saved.viewed).filter((id) => this.index.pageById.has(id));
    if (viewed.length !== (Array.isArray(saved.viewed) ? saved.viewed.length : 0)) notes.push('pages no longer in the course were dropped from the pages viewed');
    this.viewed = new Set(viewed);
    for (const [id, response] of Object.entries(objectOr<Record<string, Response>>(saved.answers))) {
      const check = this.index.checks.get(id);
      if (check && response !== undefined && responseProblem(check.question, response) === null) this.answers.set(id, copy(response));
      else notes.push(`the answer to "${id}" no longer fits the course and was dropped`);
    }
    notes.push(...this.assessments.restore(objectOr(saved.assessments)));
    notes.push(...this.scenarios.restore(objectOr(saved.scenarios)));
    this.completed = saved.completed === true;
    this.passed = typeof saved.passed === 'boolean' ? saved.passed : null;
    // States saved before the moment of issue was kept date a resumed certificate by this session.
    if (typeof saved.certificateId === 'string') {
      const at = saved.certificateIssuedAt;
      this.cert = { id: saved.certificateId, issuedAt: typeof at === 'number' && Number.isFinite(at) ? at : this.sessionStart };
    }
    this.profile = cleanProfile(objectOr<LearnerProfile>(saved.learner));
    this.savedTime = typeof saved.totalTimeMs === 'number' && saved.totalTimeMs > 0 ? saved.totalTimeMs : 0;
    return notes;
  }

  // --- events --------------------------------------------------------------------------------

  on(listener: (event: LearningEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private emit(body: EventBody): void {
    const event = { ...body, time: this.clock(), courseId: this.course.id } as LearningEvent;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A broken listener (a tracker, a component) must not stop the course or the other listeners.
        console.error(`[coursekit engine] a listener of "${event.type}" threw`, error);
      }
    }
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.resumed) this.emit({ type: 'course-resumed', language: this.lang, pageId: this.currentPage.pageId });
    else this.emit({ type: 'course-started', language: this.lang });
    this.arrive();
  }

  // --- navigation ----------------------------------------------------------------------------

  get currentPage(): PageRef {
    return this.pages[this.pageIndex]!;
  }

  private page(pageId: string): PageRef {
    const page = this.index.pageById.get(pageId);
    if (!page) throw new EngineError(EngineErrorCode.unknownId, `page "${pageId}" is not in the course`);
    return page;
  }

  private get mode(): 'linear' | 'free' | 'locked' {
    return this.course.navigation?.mode ?? 'linear';
  }

  private pageDone = (page: PageRef): boolean =>
    pageComplete(page, {
      viewed: (id) => this.viewed.has(id),
      answered: (id) => this.answers.has(id),
      submittedOnce: (id) => !this.index.assessments.has(id) || this.assessments.submittedOnce(id),
      scenarioEnded: (id) => !this.index.scenarios.has(id) || this.scenarios.ended(id),
    });

  canGoTo(pageId: string): boolean {
    return canVisit(this.mode, this.pages, this.currentPage, this.page(pageId), (p) => this.viewed.has(p.pageId), this.pageDone) === null;
  }

  goTo(pageId: string): Ok | Refusal {
    const target = this.page(pageId);
    const why = canVisit(this.mode, this.pages, this.currentPage, target, (p) => this.viewed.has(p.pageId), this.pageDone);
    if (why !== null) return refuse('locked', why);
    if (target.index !== this.pageIndex) {
      this.pageIndex = target.index;
      this.arrive();
    }
    return { ok: true };
  }

  next(): Ok | Refusal {
    const next = this.pages[this.pageIndex + 1];
    if (!next) return refuse('ended', `page "${this.currentPage.pageId}" is the last of ${this.pages.length}`);
    return this.goTo(next.pageId);
  }

  previous(): Ok | Refusal {
    const previous = this.pages[this.pageIndex - 1];
    if (!previous) return refuse('locked', `page "${this.currentPage.pageId}" is the first; there is no page before it`);
    return this.goTo(previous.pageId);
  }

  /** The learner arrives on the current page. */
  private arrive(): void {
    const page = this.currentPage;
    this.viewed.add(page.pageId);
    this.pageShownAt = this.clock();
    this.emit({ type: 'page-viewed', moduleId: page.moduleId, pageId: page.pageId, progress: { viewed: this.viewed.size, total: this.pages.length } });
    this.evaluate();
  }

  get progress(): { viewed: number; total: number; percent: number } {
    const total = this.pages.length;
    const viewed = this.viewed.size;
    return { viewed, total, percent: total > 0 ? Math.floor((viewed * 100) / total) : 0 };
  }

  // --- language ------------------------------------------------------------------------------

  get language(): string {
    return this.lang;
  }

  setLanguage(language: string): void {
    if (!this.course.languages.includes(language)) {
      throw new EngineError(EngineErrorCode.unknownLanguage, `language "${language}" is not one of the course's (${this.course.languages.join(', ')})`);
    }
    if (language === this.lang) return;
    this.lang = language;
    this.emit({ type: 'language-changed', language });
  }

  text(text: LocalizedText | undefined): string {
    return localize(text, this.lang, this.course.defaultLanguage);
  }

  // --- knowledge checks ----------------------------------------------------------------------

  answer(questionId: string, response: Response): AnswerResult | Refusal {
    const check = this.index.checks.get(questionId);
    if (!check) {
      const where = this.index.questions.has(questionId) ? 'is in an assessment or a bank, not a knowledge check; use answerInAssessment' : 'is not in the course';
      throw new EngineError(EngineErrorCode.unknownId, `question "${questionId}" ${where}`);
    }
    const problem = responseProblem(check.question, response);
    if (problem) return refuse('invalid-response', problem);
    const kept = copy(response);
    this.answers.set(questionId, kept);
    const judged = judge(check.question, kept);
    this.emit({
      type: 'question-answered',
      question: check.question,
      moduleId: check.page.moduleId,
      pageId: check.page.pageId,
      response: copy(kept),
      correct: judged.correct,
      score: judged.score,
      latencyMs: Math.max(0, this.clock() - this.pageShownAt),
    });
    this.evaluate();
    return { ok: true, correct: judged.correct, score: judged.score, feedback: feedbackFor(check.question, kept, judged) };
  }

  responseTo(questionId: string): Response | undefined {
    const r = this.answers.get(questionId);
    return r === undefined ? undefined : copy(r);
  }

  // --- assessments ---------------------------------------------------------------------------

  assessment(assessmentId: string): AssessmentView {
    return this.assessments.view(assessmentId);
  }

  retryAssessment(assessmentId: string): AssessmentView | Refusal {
    return this.assessments.retry(assessmentId);
  }

  answerInAssessment(assessmentId: string, questionId: string, response: Response): AnswerResult | Refusal {
    return this.assessments.answer(assessmentId, questionId, response);
  }

  submitAssessment(assessmentId: string): { ok: true; score: Score; passed: boolean; attemptsLeft: number | null } | Refusal {
    const result = this.assessments.submit(assessmentId);
    if (result.ok) this.evaluate();
    return result;
  }

  // --- scenarios -----------------------------------------------------------------------------

  scenario(scenarioId: string): ScenarioView {
    return this.scenarios.view(scenarioId);
  }

  choose(scenarioId: string, choiceId: string): ScenarioView | Refusal {
    return this.after(this.scenarios.choose(scenarioId, choiceId));
  }

  advance(scenarioId: string): ScenarioView | Refusal {
    return this.after(this.scenarios.advance(scenarioId));
  }

  replay(scenarioId: string): ScenarioView | Refusal {
    return this.after(this.scenarios.replay(scenarioId));
  }

  back(scenarioId: string): ScenarioView | Refusal {
    return this.after(this.scenarios.back(scenarioId));
  }

  private after<T extends ScenarioView | Refusal>(result: T): T {
    if (!('ok' in result)) this.evaluate();
    return result;
  }

  // --- completion, mastery, certificate ------------------------------------------------------

  private get inputs(): RuleInputs {
    return {
      viewed: this.viewed.size,
      total: this.pages.length,
      submittedOnce: (id) => this.assessments.submittedOnce(id),
      settled: (id) => this.assessments.settled(id),
      assessment: (id) => this.assessments.state(id),
      scenarioEnded: (id) => this.scenarios.ended(id),
    };
  }

  private moduleComplete(moduleId: string): boolean {
    const pages = this.pages.filter((p) => p.moduleId === moduleId);
    return pages.length > 0 && pages.every(this.pageDone);
  }

  /**
   * Announces what the last action finished, in this order: modules, the course's completion,
   * its score, the certificate. Each is announced once; a listener that acts again is handled
   * by going round once more, never by nesting.
   */
  private evaluate(): void {
    if (this.evaluating) {
      this.again = true;
      return;
    }
    this.evaluating = true;
    try {
      do {
        this.again = false;
        for (const m of this.course.modules) {
          if (!this.modulesDone.has(m.id) && this.moduleComplete(m.id)) {
            this.modulesDone.add(m.id);
            this.emit({ type: 'module-completed', moduleId: m.id });
          }
        }
        // Everything is decided before anything is announced, so the completed and passed
        // statements can carry the certificate number they lead to.
        const completedNow = !this.completed && completionMet(this.course, this.inputs);
        if (completedNow) this.completed = true;
        const passingScore = this.passingScore;
        const verdict = this.passed === null && passingScore !== null ? judgeCourse(this.course, this.inputs, passingScore) : null;
        if (verdict) this.passed = verdict.passed;
        const c = this.course.certificate;
        const issuedNow = Boolean(c?.enabled && this.cert === null && this.completed && ((c.requires ?? 'pass') === 'completion' || this.passed === true));
        if (issuedNow) this.cert = { id: this.newCertificateNumber(c!.idPrefix ?? 'CK'), issuedAt: this.clock() };
        const number = this.cert ? { certificateId: this.cert.id } : {};
        if (completedNow) this.emit({ type: 'course-completed', durationMs: this.totalTimeMs, ...number });
        if (verdict && passingScore !== null) this.emit({ type: 'course-scored', score: verdict.score, passed: verdict.passed, passingScore, ...(verdict.passed ? number : {}) });
        if (issuedNow) this.emit({ type: 'certificate-earned', certificateId: this.cert!.id, score: this.score });
      } while (this.again);
    } finally {
      this.evaluating = false;
    }
  }

  /**
   * The certificate number for this learner and attempt: the learner is the LMS's id, or the seed
   * of this learner's state when the LMS names no one; the attempt is how many assessment attempts
   * the learner had started (at least 1).
   */
  private newCertificateNumber(prefix: string): string {
    const snapshots = Object.values(this.assessments.snapshot());
    const attempt = Math.max(1, snapshots.reduce((sum, a) => sum + a.attempt, 0));
    return certificateNumber({ prefix, courseId: this.course.id, learner: this.learnerId ?? `seed:${this.seed}`, attempt });
  }

  get learner(): LearnerProfile {
    return { ...this.profile };
  }

  setLearner(profile: LearnerProfile): void {
    const next = cleanProfile(profile);
    if (JSON.stringify(next) === JSON.stringify(this.profile)) return;
    this.profile = next;
    this.emit({ type: 'learner-profile-changed', learner: { ...next } });
  }

  get completionStatus(): 'not-attempted' | 'incomplete' | 'completed' {
    if (this.completed) return 'completed';
    return this.viewed.size > 0 ? 'incomplete' : 'not-attempted';
  }

  get successStatus(): 'unknown' | 'passed' | 'failed' {
    return this.passed === null ? 'unknown' : this.passed ? 'passed' : 'failed';
  }

  get score(): Score | null {
    const passingScore = this.passingScore;
    return passingScore === null ? null : (judgeCourse(this.course, this.inputs, passingScore)?.score ?? null);
  }

  get passingScore(): number | null {
    return this.override ?? this.course.mastery?.passingScore ?? null;
  }

  get certificate(): { id: string; issuedAt: number } | null {
    return this.cert === null ? null : { ...this.cert };
  }

  get totalTimeMs(): number {
    return this.savedTime + Math.max(0, this.clock() - this.sessionStart);
  }

  // --- state ---------------------------------------------------------------------------------

  snapshot(): EngineSnapshot {
    return {
      v: 1,
      courseId: this.course.id,
      courseVersion: this.course.version,
      seed: this.seed,
      language: this.lang,
      pageId: this.currentPage.pageId,
      viewed: [...this.viewed],
      answers: Object.fromEntries([...this.answers].map(([id, r]) => [id, copy(r)])),
      assessments: this.assessments.snapshot(),
      scenarios: this.scenarios.snapshot(),
      completed: this.completed,
      passed: this.passed,
      certificateId: this.cert?.id ?? null,
      ...(this.cert ? { certificateIssuedAt: this.cert.issuedAt } : {}),
      ...(Object.keys(this.profile).length ? { learner: { ...this.profile } } : {}),
      totalTimeMs: this.totalTimeMs,
    };
  }
}

/** A profile with only its non-empty text fields, trimmed. */
function cleanProfile(profile: LearnerProfile): LearnerProfile {
  const out: LearnerProfile = {};
  for (const key of ['name', 'nip', 'unit'] as const) {
    const value = profile[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}
