import type { QuestionAnsweredEvent, Response, Score } from '@coursekit/engine';
import type { Question } from '@coursekit/schema';
import type { QuirkProfile } from '../quirks/profiles';
import type { ApiCalls, CallNames, LmsConnection } from './connection';
import type { ApiName } from './discovery';

/** One interaction to record, before any version's formatting. */
export type InteractionRecord =
  | {
      kind: 'question';
      id: string;
      objectiveId: string;
      question: Question;
      response: Response;
      correct: boolean | null;
      score: Score | null;
      latencyMs: number;
      time: number;
      /** Prompt as plain text in the language shown. */
      description: string;
      language: string;
    }
  | {
      kind: 'scenario-choice';
      id: string;
      objectiveId: string;
      choiceId: string;
      offered: string[];
      latencyMs: number;
      time: number;
      description: string;
      language: string;
    };

/** What the adapter knows about the learner's standing, written as status elements. */
export interface Standing {
  completed: boolean;
  /** null until the course is judged. */
  passed: boolean | null;
  /** Whether the course has mastery rules at all (a scored course). */
  scored: boolean;
}

/**
 * Whether the attempt is over: passed (with the content done), failed with no attempts left (the course judges only
 * then), or completed without mastery rules. Such an attempt ends with the profile's exit for a finished learner;
 * every other one with "suspend", so the learner resumes.
 *
 * @example
 * finished({ completed: true, passed: null, scored: true }); // false: a verdict is still to come
 */
export function finished(standing: Standing): boolean {
  return standing.passed === false || (standing.completed && (standing.passed === true || !standing.scored));
}

/**
 * Everything that differs between SCORM 1.2 and 2004, so the adapter itself is shared and
 * each subpath (./scorm12, ./scorm2004) carries only its own version.
 */
export interface ScormVersionModel {
  name: 'scorm12' | 'scorm2004';
  apiName: ApiName;
  names: CallNames;
  calls(api: object): ApiCalls;
  /** Whether cmi.interactions.n.id can be read back (2004), so a record can be found and updated by id; 1.2's are write-only. */
  interactionIdsReadable: boolean;
  /** Characters cmi.suspend_data holds. */
  suspendDataLimit: number;
  /** Characters the bookmark element holds. */
  locationLimit: number;
  elements: {
    suspendData: string;
    location: string;
    learnerId: string;
    learnerName: string;
    mode: string;
    entry: string;
    language: string;
    exit: string;
    sessionTime: string;
    interactionCount: string;
    objectiveCount: string;
    objectiveId(n: number): string;
  };
  /** The LMS's passing score in percent, or null. */
  readMastery(lms: LmsConnection): number | null;
  /** First writes of a session: the attempt is now under way. */
  start(lms: LmsConnection, standing: Standing): void;
  writeStanding(lms: LmsConnection, standing: Standing): void;
  writeScore(lms: LmsConnection, score: Score): void;
  /** How much of the course is done, 0..1 (2004 cmi.progress_measure; 1.2 has no such element). */
  writeProgress(lms: LmsConnection, measure: number): void;
  writeObjective(lms: LmsConnection, n: number, id: string, completed: boolean, isNew: boolean): void;
  writeInteraction(lms: LmsConnection, n: number, record: InteractionRecord): void;
  /** A duration in the version's format. */
  duration(ms: number): string;
  exitWhenDone(quirks: QuirkProfile): string;
}

/** The parts of a question-answered event an interaction needs. */
export type AnsweredQuestion = Pick<QuestionAnsweredEvent, 'question' | 'response' | 'correct' | 'score' | 'latencyMs' | 'time'>;
