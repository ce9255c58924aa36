import type { Score as EngineScore } from '@coursekit/engine';
import type { StatementBuilder } from '../statements/builder';
import { isoDuration } from '@coursekit/engine';
import type { Result, Statement } from '../statements/types';
import { CMI5, EXTENSION } from '../vocabulary';
import type { Cmi5LaunchData } from '../launch/cmi5';
import { onTemplate } from './context';

/** What earlier sessions of this registration sent (cmi5 9.3: some verbs only once per registration). */
export interface Cmi5RegistrationFlags {
  completed: boolean;
  passed: boolean;
}

/** cmi5 9.5.1: raw, min and max are integers; a fractional raw score is left out, scaled stays. */
function cmi5Score(score: EngineScore): Result['score'] {
  const integers = [score.raw, score.min, score.max].every(Number.isInteger) && score.raw >= score.min && score.raw <= score.max;
  const scaled = Math.round(Math.min(1, Math.max(0, score.scaled)) * 10_000) / 10_000;
  return integers ? { scaled, raw: score.raw, min: score.min, max: score.max } : { scaled };
}

/**
 * The cmi5 rules for one AU session (cmi5 9.3 verb ordering, 9.5 result, 9.6 context, 10.0
 * launchMode): `initialized` first, `terminated` last, every statement on the context template;
 * completed, passed and failed only in Normal mode, each with its moveOn category and duration;
 * passed at most once per registration, never a failed after a passed, and at most one of
 * passed/failed per session: a failure waits until the session ends, so a pass later in the same
 * session replaces it. Verdicts follow masteryScore when the LMS gives one.
 *
 * @example
 * const session = new Cmi5Session(builder, launchData, flags);
 * queue.enqueue([session.initialized(Date.now())]);
 * queue.enqueue(session.judged(now, true, score, totalMs));
 */
export class Cmi5Session {
  private initializedAt: number | null = null;
  private lastTimestamp = 0;
  private terminatedSent = false;
  private judgedThisSession = false;
  private pendingFailure: { score: EngineScore | null; durationMs: number } | null = null;
  private readonly flags: Cmi5RegistrationFlags;

  constructor(
    private readonly builder: StatementBuilder,
    readonly launchData: Cmi5LaunchData,
    flags: Cmi5RegistrationFlags = { completed: false, passed: false },
  ) {
    this.flags = { ...flags };
  }

  /** What this registration has had so far, for the state document. */
  get registrationFlags(): Cmi5RegistrationFlags {
    return { ...this.flags };
  }

  get mode(): Cmi5LaunchData['launchMode'] {
    return this.launchData.launchMode;
  }

  get started(): boolean {
    return this.initializedAt !== null;
  }

  get ended(): boolean {
    return this.terminatedSent;
  }

  /** Later statements never carry an earlier timestamp: cmi5 orders statements by timestamp (9.3). */
  private stamp(statement: Statement, time: number): Statement {
    const t = Math.max(time, this.lastTimestamp);
    this.lastTimestamp = t;
    statement.timestamp = new Date(t).toISOString();
    return statement;
  }

  private defined(statement: Statement, time: number, moveOn: boolean): Statement {
    statement.context = onTemplate(statement.context, this.launchData.contextTemplate, moveOn ? 'defined-moveon' : 'defined');
    return this.stamp(statement, time);
  }

  /** The first statement of the session (cmi5 9.3.2). */
  initialized(time: number): Statement {
    this.initializedAt = time;
    const s = this.builder.initialized(time);
    delete s.result;
    return this.defined(s, time, false);
  }

  /** A cmi5 allowed statement: the template without the cmi5 category; nothing in Review mode, nothing after terminated. */
  allowed(statement: Statement): Statement | null {
    if (this.terminatedSent || this.mode === 'Review' || this.initializedAt === null) return null;
    statement.context = onTemplate(statement.context, this.launchData.contextTemplate, 'allowed');
    return this.stamp(statement, Date.parse(statement.timestamp));
  }

  /** `completed` (cmi5 9.3.3): Normal mode, once per registration, completion true and a duration. */
  completed(time: number, durationMs: number, certificateId?: string): Statement[] {
    if (this.mode !== 'Normal' || this.flags.completed || this.terminatedSent) return [];
    this.flags.completed = true;
    const s = this.builder.courseCompleted(time, durationMs, certificateId);
    s.result = { completion: true, duration: isoDuration(durationMs), ...(s.result?.extensions ? { extensions: s.result.extensions } : {}) };
    const out = [this.defined(s, time, true)];
    // cmi5 13.1.4: when the LMS moves on only on a pass and the course has nothing to score, completing it is its pass.
    const needsPass = this.launchData.moveOn === 'Passed' || this.launchData.moveOn === 'CompletedAndPassed';
    if (needsPass && !this.builder.activities.course.mastery) out.push(...this.judged(time, true, null, durationMs));
    return out;
  }

  /**
   * `passed` or `failed` (cmi5 9.3.4, 9.3.5) from the course verdict. With a masteryScore, the
   * verdict is the score against it (cmi5 10.0: "MUST be based on the masteryScore").
   */
  judged(time: number, passed: boolean, score: EngineScore | null, durationMs: number, certificateId?: string): Statement[] {
    if (this.mode !== 'Normal' || this.terminatedSent || this.flags.passed) return [];
    const mastery = this.launchData.masteryScore;
    const verdict = mastery !== undefined && score ? score.scaled >= mastery : passed;
    if (!verdict) {
      this.pendingFailure = { score, durationMs };
      return [];
    }
    this.pendingFailure = null;
    return [this.verdict(time, true, score, durationMs, certificateId)];
  }

  private verdict(time: number, passed: boolean, score: EngineScore | null, durationMs: number, certificateId?: string): Statement {
    this.judgedThisSession = true;
    if (passed) this.flags.passed = true;
    const s = this.builder.courseJudged(time, passed, null, durationMs, null);
    const result: Result = { success: passed, duration: isoDuration(durationMs) };
    if (score) result.score = cmi5Score(score);
    if (certificateId) result.extensions = { [EXTENSION.certificate]: certificateId };
    s.result = result;
    const mastery = this.launchData.masteryScore;
    if (mastery !== undefined) s.context = { ...s.context, extensions: { ...s.context?.extensions, [CMI5.masteryScore]: mastery } };
    return this.defined(s, time, true);
  }

  /**
   * The last statements of the session: a failure still waiting, then `terminated` with the
   * session's duration (cmi5 9.3.8, 9.5.4.1). Only once.
   */
  terminated(time: number): Statement[] {
    if (this.terminatedSent || this.initializedAt === null) return [];
    const out: Statement[] = [];
    if (this.pendingFailure && !this.judgedThisSession && !this.flags.passed) out.push(this.verdict(time, false, this.pendingFailure.score, this.pendingFailure.durationMs));
    this.pendingFailure = null;
    this.terminatedSent = true;
    const end = Math.max(time, this.lastTimestamp);
    const s = this.builder.terminated(end, end - this.initializedAt);
    out.push(this.defined(s, end, false));
    return out;
  }
}
