import type { LearnerProfile } from './snapshot';
import type { Question } from '@coursekit/schema';
import type { Response } from './questions/registry';

export type { Response } from './questions/registry';

/** A score on one scale: raw points out of max, and scaled 0..1 (raw / max). */
export interface Score {
  raw: number;
  min: number;
  max: number;
  scaled: number;
}

/** Fields on every learning event. */
export interface EventBase {
  /** Milliseconds since the epoch, from the engine's clock. */
  time: number;
  courseId: string;
}

/** The first launch of a course for this learner. */
export interface CourseStartedEvent extends EventBase {
  type: 'course-started';
  language: string;
}
/** A launch that restored a saved state. */
export interface CourseResumedEvent extends EventBase {
  type: 'course-resumed';
  language: string;
  pageId: string;
}
/** The learner arrived on a page. */
export interface PageViewedEvent extends EventBase {
  type: 'page-viewed';
  moduleId: string;
  pageId: string;
  /** Pages viewed at least once / all pages, after this view. */
  progress: { viewed: number; total: number };
}
/** A module's pages have all been viewed (and its required pieces done). */
export interface ModuleCompletedEvent extends EventBase {
  type: 'module-completed';
  moduleId: string;
}
/** The learner answered a question (a knowledge check, or inside an assessment attempt). */
export interface QuestionAnsweredEvent extends EventBase {
  type: 'question-answered';
  question: Question;
  /** The assessment whose attempt this answer belongs to; absent for knowledge checks. */
  assessmentId?: string;
  attempt?: number;
  moduleId: string;
  pageId: string;
  response: Response;
  /** null for unscored types (likert, reflection). */
  correct: boolean | null;
  score: Score | null;
  /** Time from the question being shown to the answer. */
  latencyMs: number;
}
/** An assessment attempt began. */
export interface AssessmentStartedEvent extends EventBase {
  type: 'assessment-started';
  assessmentId: string;
  attempt: number;
  /** Ids of the questions drawn for this attempt, in the order shown. */
  questionIds: string[];
}
/** An assessment attempt was submitted and scored. */
export interface AssessmentCompletedEvent extends EventBase {
  type: 'assessment-completed';
  assessmentId: string;
  attempt: number;
  score: Score;
  passed: boolean;
  /** The passing score in percent that applied. */
  passingScore: number;
  /** Attempts left after this one; null when unlimited. */
  attemptsLeft: number | null;
  durationMs: number;
}
/** A scenario began (or began again, on replay). */
export interface ScenarioStartedEvent extends EventBase {
  type: 'scenario-started';
  scenarioId: string;
  /** 1 for the first play, 2 for the first replay… */
  run: number;
}
/** The learner took a choice in a scenario. */
export interface ScenarioChoiceEvent extends EventBase {
  type: 'scenario-choice';
  scenarioId: string;
  run: number;
  nodeId: string;
  choiceId: string;
  /** The choice's text in the language shown when it was taken. */
  choiceText: string;
  /** Prompt of the choice node in the language shown. */
  promptText: string;
  /** Every choice offered at that node (ids), in the order shown. */
  offered: string[];
  /** Variables after the choice's effects. */
  variables: Record<string, number>;
  latencyMs: number;
}
/** A scenario reached an ending. */
export interface ScenarioEndedEvent extends EventBase {
  type: 'scenario-ended';
  scenarioId: string;
  run: number;
  endingId: string;
  outcome: 'success' | 'partial' | 'failure';
  score: Score;
  variables: Record<string, number>;
  /** Choice ids taken, in order. */
  path: string[];
  durationMs: number;
}
/** The course's completion rules are met. Emitted once. */
export interface CourseCompletedEvent extends EventBase {
  type: 'course-completed';
  durationMs: number;
  /** The certificate's number, when completing issued it (or it was issued before). */
  certificateId?: string;
}
/** The course's mastery rules were judged (after the last scored piece). */
export interface CourseScoredEvent extends EventBase {
  type: 'course-scored';
  score: Score;
  passed: boolean;
  passingScore: number;
  /** The certificate's number, when passing issued it (or it was issued before). */
  certificateId?: string;
}
/** A certificate was issued. */
export interface CertificateEarnedEvent extends EventBase {
  type: 'certificate-earned';
  certificateId: string;
  score: Score | null;
}
/** The learner switched the course language. */
export interface LanguageChangedEvent extends EventBase {
  type: 'language-changed';
  language: string;
}

/** The learner entered (or corrected) their name, NIP or unit for the certificate. */
export interface LearnerProfileChangedEvent extends EventBase {
  type: 'learner-profile-changed';
  learner: LearnerProfile;
}

/** Every learning event, told apart by `type`: the one source every tracker consumes. */
export type LearningEvent =
  | CourseStartedEvent
  | CourseResumedEvent
  | PageViewedEvent
  | ModuleCompletedEvent
  | QuestionAnsweredEvent
  | AssessmentStartedEvent
  | AssessmentCompletedEvent
  | ScenarioStartedEvent
  | ScenarioChoiceEvent
  | ScenarioEndedEvent
  | CourseCompletedEvent
  | CourseScoredEvent
  | CertificateEarnedEvent
  | LanguageChangedEvent
  | LearnerProfileChangedEvent;

/** The `type` of every learning event. */
export type LearningEventType = LearningEvent['type'];
