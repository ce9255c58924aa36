import type { Response } from './events';

/**
 * Everything needed to put a learner back exactly where they were: the engine's whole
 * mutable state, plain JSON. Ids, never indices, so it survives a course edit that only
 * adds things; the runtime's suspend_data codec turns it into a compact string.
 */
export interface EngineSnapshot {
  /** Snapshot format version. */
  v: 1;
  courseId: string;
  courseVersion: string;
  /** Seed of this learner's random draws (bank draws, shuffles). */
  seed: number;
  language: string;
  /** The page the learner is on. */
  pageId: string;
  /** Ids of pages viewed at least once. */
  viewed: string[];
  /** Latest response per knowledge-check question id. */
  answers: Record<string, Response>;
  assessments: Record<string, AssessmentSnapshot>;
  scenarios: Record<string, ScenarioSnapshot>;
  completed: boolean;
  /** Set once the course is judged: passed or failed. */
  passed: boolean | null;
  certificateId: string | null;
  /** When the certificate was issued (milliseconds since the epoch); absent in states saved before it was kept. */
  certificateIssuedAt?: number;
  /** What the learner entered about themselves for the certificate, when the LMS did not say it. */
  learner?: LearnerProfile;
  /** Milliseconds spent in the course over all sessions before this one. */
  totalTimeMs: number;
}

/**
 * The learner as the certificate names them: entered once by the learner where the LMS gives no
 * name, NIP (Indonesian civil servant number) or unit, and kept in the saved state.
 */
export interface LearnerProfile {
  name?: string;
  /** 18 digits, without spaces. */
  nip?: string;
  /** Unit kerja: the learner's work unit or agency. */
  unit?: string;
}

/** One assessment's state. */
export interface AssessmentSnapshot {
  /** Attempts started (the current one included). */
  attempt: number;
  /** Question ids of the current (or last) attempt, in the order shown. */
  questionIds: string[];
  /** Responses in the current attempt, by question id. */
  responses: Record<string, Response>;
  /** Whether the current attempt was submitted. */
  submitted: boolean;
  /** Best scaled score over submitted attempts (0..1), or null. */
  best: number | null;
  /** Whether any submitted attempt passed. */
  passed: boolean;
}

/** One scenario's state. */
export interface ScenarioSnapshot {
  run: number;
  /** The node the learner is on. */
  nodeId: string;
  variables: Record<string, number>;
  /** Choice ids taken in this run, in order. */
  path: string[];
  /** The ending reached in this run, if any. */
  endingId: string | null;
  /** Best ending score (0..1) over all runs, or null. */
  best: number | null;
  /** Ending ids reached in any run, in the order first reached (left out while none is). */
  reached?: string[];
}
