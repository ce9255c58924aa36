import type { LearnerStatus } from './learner';

/** A learner as the report lists them. */
export interface LearnerRow {
  key: string;
  name: string;
  unit: string;
  status: LearnerStatus;
  /** Percent 0–100, or null when never scored. */
  score: number | null;
  durationMs: number;
  firstSeen: string | null;
  lastActive: string | null;
  /** Where the learner was last seen (the page or module title); the HTML report shows it for those who did not finish. */
  lastPlace: string | null;
  /**
   * The certificate numbers issued to the learner (the `…/ext/certificate` result extension of the
   * course's completed or passed statement and of the earned statement), earliest first; usually
   * one, none for a learner without a certificate.
   */
  certificates: string[];
}

/** How many learners are in each status, with rates over all learners. */
export interface StatusCounts {
  learners: number;
  'not-started': number;
  'in-progress': number;
  completed: number;
  passed: number;
  failed: number;
  /** Share (0..1) of learners who finished: completed, passed or failed. */
  completionRate: number;
  /** Share (0..1) of learners who passed, over those judged (passed + failed). */
  passRate: number;
}

/** One question across the cohort. */
export interface QuestionRow {
  id: string;
  name: string;
  interactionType: string;
  answered: number;
  correct: number;
  /** Share (0..1) of answers that were correct: the classical item difficulty (p-value). */
  difficulty: number | null;
  /** Wrong options picked, most frequent first: the option id, its text, and how often it was in a wrong answer. */
  wrongOptions: Array<{ id: string; label: string; count: number }>;
}

/** One scenario across the cohort. */
export interface ScenarioRow {
  id: string;
  name: string;
  /** Choices taken, by node then most frequent first. */
  choices: Array<{ nodeId: string; prompt: string; choiceId: string; text: string; count: number }>;
  endings: Array<{ id: string; name: string; outcome: string; count: number }>;
  /** Runs that reached an ending. */
  ended: number;
}

/** A statement the report could not use, and why. */
export interface IgnoredStatement {
  where: string;
  reason: string;
}

/** Everything a cohort report holds; renderers turn it into HTML, CSV and JSON. */
export interface CohortReport {
  generatedAt: string;
  language: string;
  /** The IANA time zone the HTML shows times in; every time in the JSON is ISO 8601 UTC. */
  timeZone: string;
  course: { id: string; name: string };
  statements: { read: number; used: number; ignored: number; examples: IgnoredStatement[] };
  totals: StatusCounts;
  units: Array<{ unit: string; counts: StatusCounts; averageScore: number | null }>;
  /** Learners per score decile: [0–9, 10–19, …, 90–100], percent. */
  scoreDistribution: number[];
  averageScore: number | null;
  time: { meanMs: number | null; medianMs: number | null };
  questions: QuestionRow[];
  scenarios: ScenarioRow[];
  /** Where the learners who have not finished stopped (their last page or module), most learners first. */
  stalls: Array<{ place: string; count: number }>;
  learners: LearnerRow[];
}
