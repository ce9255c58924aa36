import type { Actor } from '../statement';

/** A stable key for the person behind an actor: the IFI xAPI defines (mbox, account, …). */
export function learnerKey(actor: Actor | undefined): string | null {
  if (!actor || typeof actor !== 'object') return null;
  if (typeof actor.mbox === 'string' && actor.mbox) return actor.mbox.toLowerCase();
  if (actor.account && typeof actor.account.name === 'string' && typeof actor.account.homePage === 'string') {
    return `${actor.account.homePage}::${actor.account.name}`;
  }
  if (typeof actor.mbox_sha1sum === 'string' && actor.mbox_sha1sum) return `sha1:${actor.mbox_sha1sum}`;
  if (typeof actor.openid === 'string' && actor.openid) return actor.openid;
  return null;
}

/** What a report shows of one learner. */
export interface LearnerRecord {
  key: string;
  name: string;
  unit: string;
  /** First and last statement time, ms since the epoch (null for roster learners never seen). */
  firstSeen: number | null;
  lastActive: number | null;
  completed: boolean;
  /** The latest pass/fail decision on the course, or null. */
  passed: boolean | null;
  decidedAt: number;
  /** Scaled score (0..1) of the latest decision, or null. */
  score: number | null;
  /** Time in the course: the sum of session durations the course reported, in ms. */
  durationMs: number;
  /** The last place the learner was seen (page or module), by timestamp. */
  lastPlace: { id: string; name: string; at: number } | null;
  /** Whether any statement of this learner was seen. */
  seen: boolean;
  /** Certificate numbers issued to the learner, each with the time first seen. */
  certificates: Map<string, number>;
}

/** A new record for a learner. */
export function newLearner(key: string, name: string, unit: string): LearnerRecord {
  return {
    key,
    name,
    unit,
    firstSeen: null,
    lastActive: null,
    completed: false,
    passed: null,
    decidedAt: -Infinity,
    score: null,
    durationMs: 0,
    lastPlace: null,
    seen: false,
    certificates: new Map(),
  };
}

/** The learner's status as a report counts it. */
export type LearnerStatus = 'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed';

/** passed/failed when judged; else completed; else in progress once seen; else not started. */
export function learnerStatus(learner: LearnerRecord): LearnerStatus {
  if (learner.passed === true) return 'passed';
  if (learner.passed === false) return 'failed';
  if (learner.completed) return 'completed';
  return learner.seen ? 'in-progress' : 'not-started';
}
