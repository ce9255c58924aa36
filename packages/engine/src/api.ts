import type { LocalizedText, Question, ResolvedCourse, Page, ScenarioNode, ScenarioChoice, EndingNode } from '@coursekit/schema';
import type { LearningEvent, Response, Score } from './events';
import type { EngineSnapshot, LearnerProfile } from './snapshot';

/**
 * The engine's public contract. `CourseEngine` implements it; trackers (runtime, xapi) and
 * components code against it. Methods never throw on learner input: an action that is not
 * allowed now (a locked page, an answer after the last attempt) returns `{ ok: false, reason }`.
 * They throw only on programmer misuse (an id that is not in the course).
 */
export interface EngineOptions {
  /** Seed of this learner's random draws; default random. Ignored when `snapshot` is given. */
  seed?: number;
  /** UI and content language; default the snapshot's, else the course's defaultLanguage. */
  language?: string;
  /** Clock, default Date.now. Tests pass a fake one. */
  now?: () => number;
  /** A saved state to resume from (see EngineSnapshot). Must be for the same course id. */
  snapshot?: EngineSnapshot;
  /** A passing score in percent that overrides the course's (e.g. the LMS mastery score). */
  passingScore?: number;
  /** The learner's id in the LMS or LRS, from which the certificate number is made (see certificateNumber). */
  learnerId?: string;
}

/** A refusal: the action is not allowed now, and why (a stable code and an English message). */
export interface Refusal {
  ok: false;
  reason: 'locked' | 'no-attempts-left' | 'already-submitted' | 'not-started' | 'ended' | 'unavailable-choice' | 'invalid-response';
  message: string;
}

/** Where a page sits in the course. */
export interface PageRef {
  moduleId: string;
  pageId: string;
  /** Position among all pages, from 0. */
  index: number;
  page: Page;
}

/** The outcome of an answer. */
export interface AnswerResult {
  ok: true;
  correct: boolean | null;
  score: Score | null;
  /** The feedback text (still localisable) that applies, if any. */
  feedback: LocalizedText | null;
}

/** An assessment as the learner sees it now. */
export interface AssessmentView {
  id: string;
  attempt: number;
  /** Questions of this attempt, in order (drawn from banks, shuffled when asked). */
  questions: Question[];
  responses: Record<string, Response>;
  submitted: boolean;
  /** The last submitted attempt's result, if any. */
  result: { score: Score; passed: boolean } | null;
  attemptsLeft: number | null;
  passingScore: number;
}

/** A scenario as the learner sees it now. */
export interface ScenarioView {
  id: string;
  run: number;
  node: ScenarioNode;
  /** Choices whose conditions hold, in the order to show (choice nodes only). */
  choices: ScenarioChoice[];
  variables: Record<string, number>;
  path: string[];
  ending: EndingNode | null;
  /** Feedback of the last choice, until the learner moves on. */
  feedback: LocalizedText | null;
  /** Whether `back` can undo a step of this run now. */
  canGoBack: boolean;
  /** Ending ids reached in any run, in the order first reached. */
  reached: string[];
}

export interface CourseEngineApi {
  readonly course: ResolvedCourse;
  /** Subscribe to learning events; returns the unsubscribe function. */
  on(listener: (event: LearningEvent) => void): () => void;
  /** Begin the session: emits course-started (or course-resumed) then page-viewed for the current page. Call once. */
  start(): void;

  /**
   * Whether the scenario and assessment runners and response scoring are in. Always true for
   * `CourseEngine`; a `LazyCourseEngine` is ready once they have loaded. Before, the scenario and
   * assessment calls throw `CK645`, and an answer to a knowledge check is kept and scored then.
   */
  readonly ready: boolean;
  /** Resolves once `ready` is true (at once for `CourseEngine`). */
  whenReady(): Promise<void>;

  readonly pages: readonly PageRef[];
  readonly currentPage: PageRef;
  canGoTo(pageId: string): boolean;
  goTo(pageId: string): { ok: true } | Refusal;
  next(): { ok: true } | Refusal;
  previous(): { ok: true } | Refusal;
  readonly progress: { viewed: number; total: number; percent: number };

  readonly language: string;
  setLanguage(language: string): void;
  /** Text in the current language (falls back to the default language, then any). */
  text(text: LocalizedText | undefined): string;

  /** Answer a knowledge-check question (a `question` block). */
  answer(questionId: string, response: Response): AnswerResult | Refusal;
  /** The latest response to a knowledge-check question. */
  responseTo(questionId: string): Response | undefined;

  /** The assessment's current state; starts the first attempt if none exists. */
  assessment(assessmentId: string): AssessmentView;
  /** Start a new attempt (after a submitted one), if attempts remain. */
  retryAssessment(assessmentId: string): AssessmentView | Refusal;
  answerInAssessment(assessmentId: string, questionId: string, response: Response): AnswerResult | Refusal;
  submitAssessment(assessmentId: string): { ok: true; score: Score; passed: boolean; attemptsLeft: number | null } | Refusal;

  /** The scenario's current state; starts run 1 if not started. */
  scenario(scenarioId: string): ScenarioView;
  /** Take a choice at the current choice node. */
  choose(scenarioId: string, choiceId: string): ScenarioView | Refusal;
  /** Move on from a narration or dialogue node, or past a choice's feedback. */
  advance(scenarioId: string): ScenarioView | Refusal;
  /** Start a new run after an ending (when replayable). */
  replay(scenarioId: string): ScenarioView | Refusal;
  /** Undo the last step of the current run (not after an ending): node, variables, path and feedback as before it. */
  back(scenarioId: string): ScenarioView | Refusal;

  readonly completionStatus: 'not-attempted' | 'incomplete' | 'completed';
  readonly successStatus: 'unknown' | 'passed' | 'failed';
  /** The course score by the mastery rules, once every scored piece is done; else null. */
  readonly score: Score | null;
  readonly passingScore: number | null;
  readonly certificate: { id: string; issuedAt: number } | null;
  /** What the learner entered about themselves for the certificate (kept in the saved state). */
  readonly learner: LearnerProfile;
  /** Keeps what the learner entered for the certificate; empty fields are dropped. Emits `learner-profile-changed`. */
  setLearner(profile: LearnerProfile): void;
  /** Milliseconds in the course, all sessions. */
  readonly totalTimeMs: number;

  /** The whole mutable state, plain JSON. `new CourseEngine(course, { snapshot })` restores it exactly. */
  snapshot(): EngineSnapshot;
}
