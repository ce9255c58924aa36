import type { LocalizedText, ResolvedCourse } from '@coursekit/schema';
import type { AnswerResult, AssessmentView, CourseEngineApi, EngineOptions, PageRef, Refusal, ScenarioView } from './api';
import type { LearningEvent, Response, Score } from './events';
import type { AssessmentSnapshot, EngineSnapshot, LearnerProfile, ScenarioSnapshot } from './snapshot';
import type { AssessmentRunner } from './assessment/runner';
import type { EngineRules, QuestionRules } from './rules';
import type { ScenarioRunner } from './scenario/runner';
import { copy, objectOr, refuse, strings, type EngineContext, type EventBody } from './context';
import { indexCourse, type CourseIndex } from './course-index';
import { EngineError, EngineErrorCode } from './errors';
import { canVisit, pageComplete } from './progress/navigation';
import { certificateNumber } from './progress/certificate';
import { completionMet, judgeCourse, masteryAssessments, type RuleInputs } from './progress/rules';
import { randomSeed } from './rng';
import { localize } from './text';

type Ok = { ok: true };

/** What a snapshot held that only the rules can take back: kept as saved until they arrive. */
interface Held {
  answers: Record<string, Response>;
  assessments: Partial<Record<string, AssessmentSnapshot>>;
  scenarios: Partial<Record<string, ScenarioSnapshot>>;
  /** Pages viewed when the engine was created, for the modules that were complete then. */
  viewed: Set<string>;
}

/** An answer to a knowledge check given before the rules arrived, scored when they do. */
interface Waiting {
  questionId: string;
  response: Response;
  latencyMs: number;
}

/**
 * The course engine with its rules (scenario and assessment runners, question validation and
 * scoring) given now or later: `CourseEngine` gives them at once; `LazyCourseEngine`
 * (`@coursekit/engine/lazy`) loads them on demand, so a player's first load does without them.
 * Until they arrive, navigation, language, progress and saving work; an answer to a knowledge
 * check is kept and scored when they arrive; the scenario and assessment calls throw `CK645`
 * (wait for `whenReady()`); a snapshot's answers, attempts and scenarios are kept as saved and
 * restored when they arrive.
 *
 * @example
 * const engine = new LazyCourseEngine(course);
 * engine.start();
 * await engine.whenReady();
 * engine.scenario('parcel');
 */
export class EngineCore implements CourseEngineApi {
  readonly pages: readonly PageRef[];
  /** What a restore had to drop because the course changed since the snapshot (English notes); grows when the rules arrive. */
  readonly restoreNotes: readonly string[];

  private readonly index: CourseIndex;
  private readonly clock: () => number;
  private readonly seed: number;
  private readonly override: number | undefined;
  private readonly listeners = new Set<(event: LearningEvent) => void>();
  private readonly ctx: EngineContext;
  private rules: EngineRules | null = null;
  private assessments: AssessmentRunner | null = null;
  private scenarios: ScenarioRunner | null = null;
  private held: Held | null = null;
  /** An engine that plays scenarios only: the attempts and answered checks of its snapshot, kept as saved. */
  private kept: Partial<Record<string, AssessmentSnapshot>> | null = null;
  private waiting: Waiting[] = [];
  private readonly arrived: Promise<void>;
  private arrive$!: () => void;
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
    rules: EngineRules | null = null,
  ) {
    this.arrived = new Promise((resolve) => (this.arrive$ = resolve));
    this.index = indexCourse(course);
    this.pages = this.index.pages;
    if (this.pages.length === 0) throw new EngineError(EngineErrorCode.noPages, `course "${course.id}" has no pages: give a module at least one page, and validate the course first`);
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
    this.ctx = {
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
    const known = (l: string | undefined): l is string => l !== undefined && course.languages.includes(l);
    this.lang = known(options.language) ? options.language : known(saved?.language) ? saved.language : course.defaultLanguage;
    if (saved) notes.push(...this.restore(saved));
    const held: Held = {
      answers: saved ? (objectOr<Record<string, Response>>(copy(saved.answers)) as Record<string, Response>) : {},
      assessments: saved ? objectOr<Record<string, AssessmentSnapshot>>(copy(saved.assessments)) : {},
      scenarios: saved ? objectOr<Record<string, ScenarioSnapshot>>(copy(saved.scenarios)) : {},
      viewed: new Set(this.viewed),
    };
    this.held = held;
    // Until the rules arrive, a saved answer stands as saved (the learner sees it; a save keeps it).
    for (const [id, response] of Object.entries(held.answers)) if (this.index.checks.has(id) && response !== undefined) this.answers.set(id, copy(response));
    this.restoreNotes = notes;
    // What was done before this session was announced then: never announce it again (a module with an
    // assessment or a scenario is known to be done once the rules arrive).
    for (const m of course.modules) if (this.moduleComplete(m.id)) this.modulesDone.add(m.id);
    if (rules) this.provide(rules);
  }

  /** Puts the saved state back that needs no rules, keeping only what the course still has. */
  private restore(saved: EngineSnapshot): string[] {
    const notes: string[] = [];
    const page = this.index.pageById.get(saved.pageId);
    if (page) this.pageIndex = page.index;
    else notes.push(`page "${saved.pageId}" is no longer in the course; resuming on the first page`);
    const viewed = strings(saved.viewed).filter((id) => this.index.pageById.has(id));
    if (viewed.length !== (Array.isArray(saved.viewed) ? saved.viewed.length : 0)) notes.push('pages no longer in the course were dropped from the pages viewed');
    this.viewed = new Set(viewed);
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

  // --- rules ---------------------------------------------------------------------------------

  get ready(): boolean {
    return this.rules !== null;
  }

  whenReady(): Promise<void> {
    return this.arrived;
  }

  /**
   * Takes the rules: restores the snapshot's answers, attempts and scenarios exactly as a
   * `CourseEngine` given it would, then scores the answers given meanwhile, in order, and
   * announces what they (and the pages viewed meanwhile) completed. A second call does nothing.
   */
  provide(rules: EngineRules): void {
    if (this.rules) return;
    const held = this.held!;
    this.held = null;
    this.rules = rules;
    this.scenarios = rules.scenarios(this.ctx);
    const notes = this.restoreNotes as string[];
    const questions = rules.questions;
    const restored = new Set<string>();
    if (questions) {
      this.assessments = questions.assessments(this.ctx);
      const waitingIds = new Set(this.waiting.map((w) => w.questionId));
      for (const [id, response] of Object.entries(held.answers)) {
        const check = this.index.checks.get(id);
        if (check && response !== undefined && questions.responseProblem(check.question, response) === null) restored.add(id);
        else {
          notes.push(`the answer to "${id}" no longer fits the course and was dropped`);
          if (!waitingIds.has(id)) this.answers.delete(id);
        }
      }
      notes.push(...this.assessments.restore(held.assessments));
    } else {
      // Scenarios only: answers and attempts stay as saved, and a save keeps them.
      this.kept = held.assessments;
      for (const id of this.answers.keys()) restored.add(id);
    }
    notes.push(...this.scenarios.restore(held.scenarios));
    // What was done before this session was announced then: never announce it again.
    const doneBefore = this.pageDoneWith((id) => held.viewed.has(id), (id) => restored.has(id));
    for (const m of this.course.modules) if (this.moduleComplete(m.id, doneBefore)) this.modulesDone.add(m.id);
    const waiting = questions ? this.waiting : [];
    if (questions) this.waiting = [];
    for (const w of waiting) this.judgeAnswer(w);
    if (this.started) this.evaluate();
    this.arrive$();
  }

  private get loaded(): { questions: QuestionRules; assessments: AssessmentRunner; scenarios: ScenarioRunner } {
    if (!this.rules) throw new EngineError(EngineErrorCode.notReady, 'the scenario and assessment rules have not arrived yet; call this after `await engine.whenReady()`');
    if (!this.rules.questions) throw new EngineError(EngineErrorCode.noQuestions, 'this engine plays scenarios only: it has no rules of questions or assessments (use CourseEngine or LazyCourseEngine)');
    return { questions: this.rules.questions, assessments: this.assessments!, scenarios: this.scenarios! };
  }

  private get scenarioRunner(): ScenarioRunner {
    if (!this.scenarios) throw new EngineError(EngineErrorCode.notReady, 'the scenario and assessment rules have not arrived yet; call this after `await engine.whenReady()`');
    return this.scenarios;
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

  /** Whether a page is complete; before the rules arrive, a page with an assessment or a scenario is not. */
  private pageDoneWith(viewed: (id: string) => boolean, answered: (id: string) => boolean): (page: PageRef) => boolean {
    return (page) =>
      pageComplete(page, {
        viewed,
        answered,
        submittedOnce: (id) => !this.index.assessments.has(id) || this.assessments?.submittedOnce(id) === true,
        scenarioEnded: (id) => !this.index.scenarios.has(id) || this.scenarios?.ended(id) === true,
      });
  }

  private pageDone = this.pageDoneWith(
    (id) => this.viewed.has(id),
    (id) => this.answers.has(id),
  );

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
    const latencyMs = Math.max(0, this.clock() - this.pageShownAt);
    if (!this.rules) {
      // Kept now, scored when the rules arrive: the learner's answer is never lost.
      this.answers.set(questionId, copy(response));
      this.waiting.push({ questionId, response: copy(response), latencyMs });
      return { ok: true, correct: null, score: null, feedback: null };
    }
    const problem = this.loaded.questions.responseProblem(check.question, response);
    if (problem) return refuse('invalid-response', problem);
    const result = this.judgeAnswer({ questionId, response: copy(response), latencyMs });
    this.evaluate();
    return result;
  }

  /** Keeps, judges and announces an answer to a knowledge check (the rules have arrived); one that does not fit is dropped. */
  private judgeAnswer(w: Waiting): AnswerResult {
    const { judge, responseProblem, feedbackFor } = this.loaded.questions;
    const check = this.index.checks.get(w.questionId)!;
    const problem = responseProblem(check.question, w.response);
    if (problem) {
      console.warn(`[coursekit engine] the answer to "${w.questionId}" given before the rules arrived does not fit and was dropped: ${problem}`);
      this.answers.delete(w.questionId);
      return { ok: true, correct: null, score: null, feedback: null };
    }
    this.answers.set(w.questionId, w.response);
    const judged = judge(check.question, w.response);
    this.emit({
      type: 'question-answered',
      question: check.question,
      moduleId: check.page.moduleId,
      pageId: check.page.pageId,
      response: copy(w.response),
      correct: judged.correct,
      score: judged.score,
      latencyMs: w.latencyMs,
    });
    return { ok: true, correct: judged.correct, score: judged.score, feedback: feedbackFor(check.question, w.response, judged) };
  }

  responseTo(questionId: string): Response | undefined {
    const r = this.answers.get(questionId);
    return r === undefined ? undefined : copy(r);
  }

  // --- assessments ---------------------------------------------------------------------------

  assessment(assessmentId: string): AssessmentView {
    return this.loaded.assessments.view(assessmentId);
  }

  retryAssessment(assessmentId: string): AssessmentView | Refusal {
    return this.loaded.assessments.retry(assessmentId);
  }

  answerInAssessment(assessmentId: string, questionId: string, response: Response): AnswerResult | Refusal {
    return this.loaded.assessments.answer(assessmentId, questionId, response);
  }

  submitAssessment(assessmentId: string): { ok: true; score: Score; passed: boolean; attemptsLeft: number | null } | Refusal {
    const result = this.loaded.assessments.submit(assessmentId);
    if (result.ok) this.evaluate();
    return result;
  }

  // --- scenarios -----------------------------------------------------------------------------

  scenario(scenarioId: string): ScenarioView {
    return this.scenarioRunner.view(scenarioId);
  }

  choose(scenarioId: string, choiceId: string): ScenarioView | Refusal {
    return this.after(this.scenarioRunner.choose(scenarioId, choiceId));
  }

  advance(scenarioId: string): ScenarioView | Refusal {
    return this.after(this.scenarioRunner.advance(scenarioId));
  }

  replay(scenarioId: string): ScenarioView | Refusal {
    return this.after(this.scenarioRunner.replay(scenarioId));
  }

  back(scenarioId: string): ScenarioView | Refusal {
    return this.after(this.scenarioRunner.back(scenarioId));
  }

  private after<T extends ScenarioView | Refusal>(result: T): T {
    if (!('ok' in result)) this.evaluate();
    return result;
  }

  // --- completion, mastery, certificate ------------------------------------------------------

  private get inputs(): RuleInputs {
    const { assessments, scenarios } = this;
    // Before the rules arrive, and in an engine that plays scenarios only, no assessment was
    // submitted (so there is no course score) and, before, no scenario ended: pages viewed alone
    // complete a course that asks for nothing else, and the rules' arrival decides the rest.
    return {
      viewed: this.viewed.size,
      total: this.pages.length,
      submittedOnce: (id) => assessments?.submittedOnce(id) === true,
      settled: (id) => assessments?.settled(id) === true,
      assessment: (id) => assessments?.state(id),
      scenarioEnded: (id) => scenarios?.ended(id) === true,
    };
  }

  private moduleComplete(moduleId: string, done = this.pageDone): boolean {
    const pages = this.pages.filter((p) => p.moduleId === moduleId);
    return pages.length > 0 && pages.every(done);
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
    const snapshots = Object.values(this.assessments?.snapshot() ?? this.kept ?? this.held?.assessments ?? {});
    const attempt = Math.max(1, snapshots.reduce((sum, a) => sum + (Number(a?.attempt) || 0), 0));
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
      assessments: this.assessments ? this.assessments.snapshot() : copy((this.kept ?? this.held!.assessments) as Record<string, AssessmentSnapshot>),
      scenarios: this.scenarios ? this.scenarios.snapshot() : copy(this.held!.scenarios as Record<string, ScenarioSnapshot>),
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
