import type { LaunchContext, LaunchData, LearningEvent, TerminateReason, Tracker, TrackerContext, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { codecNow, loadCodec, type Codec } from '@coursekit/codec/lazy';
import { LMS_ERROR, LmsError } from '../errors';
import { resolveQuirks, type QuirkProfile, type QuirkProfileId } from '../quirks/profiles';
import type { StandaloneTracker } from '../standalone/adapter';
import { LmsConnection } from './connection';
import { findApi, MAX_DISCOVERY_DEPTH } from './discovery';
import { identifier, plainText } from './format';
import { finished, type InteractionRecord, type ScormVersionModel, type Standing } from './model';
import { NO_LMS_NOTICE, stateNotice } from './notices';

/** Options of the SCORM trackers. */
export interface ScormTrackerOptions {
  /** The window API discovery starts from. Default `window`. */
  window?: Window;
  /** Use this API object instead of discovering one. */
  api?: object;
  /** An LMS quirk profile (see docs/lms-compatibility.md). Default "default". */
  quirks?: QuirkProfileId | Partial<QuirkProfile>;
  /** Storage for standalone mode when no LMS is found. Default localStorage. */
  storage?: Storage | null;
  /** Clock, default Date.now. */
  now?: () => number;
  onProblem?: (problem: TrackerProblem) => void;
}

/**
 * The SCORM tracker both versions share: discovery, Initialize/Terminate exactly once, suspend_data
 * from the session's encoded state, and the mapping of learning events to CMI elements (the
 * version model formats them). The session decides when it commits (`save`) and when it ends
 * (`terminate`). It never throws into the course: every failure goes to `onProblem`.
 * Use it through Scorm12Tracker or Scorm2004Tracker.
 *
 * @example
 * const tracker = new ScormTracker(scorm12Model, { quirks: 'saba' }); // what new Scorm12Tracker({ quirks: 'saba' }) does
 */
export class ScormTracker implements Tracker {
  readonly name: string;
  onProblem?: (problem: TrackerProblem) => void;
  /** Set when no LMS answered: the course runs on this standalone tracker instead. */
  fallback: StandaloneTracker | null = null;
  /** The connection to the LMS, once initialised. */
  lms: LmsConnection | null = null;

  private readonly quirks: QuirkProfile;
  private readonly win: Window | undefined;
  private readonly now: () => number;
  private course: ResolvedCourse | null = null;
  private mode: LaunchData['mode'] = 'normal';
  private language = '';
  private standing: Standing = { completed: false, passed: null, scored: false };
  private interactionCount = 0;
  /** Where each interaction was written: by id in 2004 (read back at launch), by id and attempt or run in 1.2 (this session). */
  private interactionAt = new Map<string, number>();
  private lastProgress: number | null = null;
  private objectives = new Map<string, number>();
  private completedObjectives = new Set<string>();
  private lastSuspendData: string | null = null;
  private lastLocation: string | null = null;
  private tooLargeReported = 0;
  private sessionStart = 0;
  private terminating: Promise<void> | null = null;
  /** A save waiting for the codec (a first visit's first save), made once it has loaded or by the terminate. */
  private waiting: TrackerContext | null = null;
  /** The saved state could not be read because its decoder did not load: it is never overwritten in this session. */
  private keepStored = false;
  /** Set once Terminate has been called: nothing more may reach the LMS. */
  private closed = false;

  constructor(
    private readonly model: ScormVersionModel,
    private readonly options: ScormTrackerOptions = {},
  ) {
    this.name = model.name;
    this.quirks = resolveQuirks(options.quirks);
    this.win = options.window ?? (typeof window === 'undefined' ? undefined : window);
    this.now = options.now ?? Date.now;
    this.onProblem = options.onProblem;
  }

  private problem(code: string, message: string, detail?: string): void {
    // A console line for support staff; the player shows the problem and emits ck-error.
    console.warn(`[coursekit ${this.name}] ${code} ${message}${detail ? ` — ${detail}` : ''}`);
    try {
      this.onProblem?.({ tracker: this.name, code, message, ...(detail ? { detail } : {}) });
    } catch {
      // A failing problem handler must not take the course down.
    }
  }

  private reportLms = (error: LmsError): void => this.problem(error.code, error.message, error.lmsDetail);

  // A launch in an LMS never needs the browser-only tracker: it is a chunk of its own, fetched when no LMS answers.
  private async standalone(course: ResolvedCourse, notice: LaunchData['notices'][number]): Promise<LaunchData> {
    const { StandaloneTracker } = await import('../standalone/adapter');
    this.fallback = new StandaloneTracker({ storage: this.options.storage, notices: [notice], onProblem: (p) => this.onProblem?.(p) });
    return this.fallback.launch({ course });
  }

  async launch({ course }: LaunchContext): Promise<LaunchData> {
    try {
      return await this.connect(course);
    } catch (error) {
      // Only a bug gets here (every LMS call is already guarded): the course still starts.
      this.problem(LMS_ERROR.trackerFailed, `${this.name}.launch failed: ${String(error)}`);
      return this.standalone(course, { code: LMS_ERROR.initialize, message: 'The learning management system could not be reached, so your progress is saved in this browser only.' });
    }
  }

  private async connect(course: ResolvedCourse): Promise<LaunchData> {
    this.course = course;
    this.language = course.defaultLanguage;
    this.standing.scored = course.mastery !== undefined;
    const api = this.options.api ?? (this.win ? findApi<object>(this.model.apiName, this.win, MAX_DISCOVERY_DEPTH, this.model.names.initialize)?.api : undefined);
    if (!api) return this.standalone(course, NO_LMS_NOTICE);
    const lms = new LmsConnection(this.model.calls(api), this.model.names, this.reportLms);
    if (!lms.initialize()) {
      return this.standalone(course, { code: LMS_ERROR.initialize, message: 'The learning management system did not start this session, so your progress is saved in this browser only.' });
    }
    this.lms = lms;
    this.sessionStart = this.now();
    const el = this.model.elements;
    const mode = lms.get(el.mode, true);
    this.mode = mode === 'review' ? 'review' : mode === 'browse' ? 'browse' : 'normal';
    const stored = lms.get(el.suspendData, true);
    const notices: LaunchData['notices'] = [];
    // The codec is a chunk of its own: only a saved state waits for it here (a first visit encodes at its first save).
    let codec: Codec | null = null;
    if (stored) {
      try {
        codec = await loadCodec();
      } catch (error) {
        this.keepStored = true;
        this.problem(LMS_ERROR.trackerFailed, `the saved state's decoder could not be loaded (${String(error)}); the saved state is kept as it is`);
      }
    }
    const decoded = codec ? codec.decodeSnapshot(course, stored) : stored ? { ok: false as const, reason: 'corrupt' as const, message: 'the decoder could not be loaded' } : null;
    const notice = decoded && stateNotice(decoded);
    if (notice) {
      notices.push(notice);
      this.problem(notice.code, notice.message);
    }
    const snapshot = decoded?.ok ? decoded.snapshot : null;
    if (snapshot) {
      this.standing.completed = snapshot.completed;
      this.standing.passed = snapshot.passed;
      this.lastSuspendData = stored;
    }
    this.interactionCount = Number(lms.get(el.interactionCount, true)) || 0;
    if (this.model.interactionIdsReadable) {
      for (let n = 0; n < this.interactionCount; n++) {
        const id = lms.get(`cmi.interactions.${n}.id`, true);
        if (id) this.interactionAt.set(id, n);
      }
    }
    const objectiveCount = Number(lms.get(el.objectiveCount, true)) || 0;
    for (let n = 0; n < objectiveCount; n++) {
      const id = lms.get(el.objectiveId(n), true);
      if (id) this.objectives.set(id, n);
    }
    // SCORM: the LMS's mastery score wins over the course's (1.2 RTE cmi.student_data.mastery_score, 2004 RTE cmi.scaled_passing_score).
    const mastery = this.model.readMastery(lms);
    const preferred = lms.get(el.language, true) ?? '';
    const language = course.languages.find((l) => l === preferred) ?? course.languages.find((l) => preferred !== '' && l.split('-')[0] === preferred.split('-')[0]) ?? null;
    if (this.mode !== 'review') {
      this.model.start(lms, this.standing);
      lms.set(el.exit, 'suspend');
      lms.commit();
    }
    return {
      learner: { id: lms.get(el.learnerId, true) || null, name: lms.get(el.learnerName, true) || null },
      snapshot,
      passingScore: mastery,
      language,
      mode: this.mode,
      notices,
    };
  }

  private get recording(): boolean {
    return this.lms !== null && this.mode !== 'review' && this.terminating === null;
  }

  private objective(moduleId: string): number {
    const id = identifier(moduleId);
    let n = this.objectives.get(id);
    if (n === undefined) {
      n = this.objectives.size === 0 ? 0 : Math.max(...this.objectives.values()) + 1;
      this.objectives.set(id, n);
      this.model.writeObjective(this.lms!, n, id, false, true);
    }
    return n;
  }

  /** Maps one learning event to CMI elements (SetValue only: the session decides when to commit). */
  handle(event: LearningEvent, ctx: TrackerContext): void {
    if (this.fallback) return this.fallback.handle(event, ctx);
    if (!this.recording) return;
    this.language = ctx.language;
    const lms = this.lms!;
    const course = this.course!;
    try {
      switch (event.type) {
        case 'page-viewed':
          this.objective(event.moduleId);
          // Pages viewed; 1 only once the completion rules hold (an assessment may still be to take).
          this.progress(this.standing.completed ? 1 : Math.min(0.99, event.progress.total > 0 ? event.progress.viewed / event.progress.total : 0));
          break;
        case 'module-completed': {
          const n = this.objective(event.moduleId);
          if (!this.completedObjectives.has(event.moduleId)) {
            this.completedObjectives.add(event.moduleId);
            this.model.writeObjective(lms, n, identifier(event.moduleId), true, false);
          }
          break;
        }
        case 'question-answered': {
          const id = event.assessmentId ? `${event.assessmentId}_${event.question.id}` : event.question.id;
          this.interaction({
            kind: 'question',
            id: identifier(id),
            objectiveId: identifier(event.moduleId),
            question: event.question,
            response: event.response,
            correct: event.correct,
            score: event.score,
            latencyMs: event.latencyMs,
            time: event.time,
            description: plainText(event.question.prompt, this.language, course.defaultLanguage),
            language: this.language,
          }, event.attempt ?? 0);
          break;
        }
        case 'scenario-choice':
          if (course.tracking?.scenarioChoices === false) break;
          this.interaction({
            kind: 'scenario-choice',
            id: identifier(`${event.scenarioId}_${event.nodeId}`),
            objectiveId: identifier(ctx.moduleId),
            choiceId: event.choiceId,
            offered: event.offered,
            latencyMs: event.latencyMs,
            time: event.time,
            description: plainText(`${event.promptText} → ${event.choiceText}`, this.language, course.defaultLanguage),
            language: this.language,
          }, event.run);
          break;
        case 'course-completed':
          this.standing.completed = true;
          this.model.writeStanding(lms, this.standing);
          this.progress(1);
          break;
        case 'course-scored':
          this.standing.passed = event.passed;
          if (this.mode !== 'browse') this.model.writeScore(lms, event.score);
          this.model.writeStanding(lms, this.standing);
          break;
        case 'language-changed':
          lms.set(this.model.elements.language, event.language);
          break;
        default:
          break;
      }
    } catch (error) {
      this.problem(LMS_ERROR.setValue, `recording ${event.type} failed: ${String(error)}`);
    }
  }

  private progress(measure: number): void {
    const rounded = Math.round(measure * 100) / 100;
    if (rounded === this.lastProgress) return;
    this.lastProgress = rounded;
    this.model.writeProgress(this.lms!, rounded);
  }

  /**
   * SCORM 2004 keeps one record per interaction id: a re-submitted question updates it (RTE 4.2.9, cmi.interactions
   * are read/write and found by id). SCORM 1.2's interactions are write-only, so it journals: a new record per
   * assessment attempt or scenario run, the same record rewritten within one, so the count stays bounded by the course.
   */
  private interaction(record: InteractionRecord, pass: number): void {
    this.objective(record.objectiveId);
    const key = this.model.interactionIdsReadable ? record.id : `${record.id}#${pass}`;
    let n = this.interactionAt.get(key);
    if (n === undefined) {
      n = this.interactionCount++;
      this.interactionAt.set(key, n);
    }
    this.model.writeInteraction(this.lms!, n, record);
  }

  /** Writes the learner's state and commits now; before the codec has loaded (a first visit's first save), once it has. */
  save(ctx: TrackerContext): void {
    if (this.fallback) return this.fallback.save(ctx);
    if (!this.recording) return;
    if (!codecNow()) {
      this.waiting = ctx;
      loadCodec().then(
        () => this.waiting && this.save(this.waiting),
        (error: unknown) => this.problem(LMS_ERROR.trackerFailed, `the learner's state could not be encoded: ${String(error)}`),
      );
      return;
    }
    this.waiting = null;
    this.writeState(ctx);
    this.writeExit();
    this.lms!.commit();
  }

  /**
   * Session time and exit as they would be at the end, written before every commit: an LMS whose final
   * Finish/Terminate never arrives (a page closed during a blocking request, a payload over the browser's
   * 64 KB unload limit) keeps all but the time since the last commit.
   */
  private writeExit(): void {
    const el = this.model.elements;
    this.lms!.set(el.sessionTime, this.model.duration(this.now() - this.sessionStart));
    this.lms!.set(el.exit, finished(this.standing) ? this.model.exitWhenDone(this.quirks) : 'suspend');
  }

  /** Writes suspend_data and the bookmark. Never truncated: state that does not fit is not written, and reported. */
  private writeState(ctx: TrackerContext): void {
    if (this.lms === null || this.closed || this.mode === 'review' || !this.course) return;
    const el = this.model.elements;
    // Null only when the page goes away before the codec has loaded: the bookmark is still written.
    const codec = codecNow();
    let data: string | null;
    let pageId: string;
    try {
      data = codec ? ctx.encoded(codec.encodeSnapshot) : null;
      pageId = ctx.snapshot().pageId;
    } catch (error) {
      this.problem(LMS_ERROR.trackerFailed, `the learner's state could not be encoded: ${String(error)}`);
      return;
    }
    if (data === null || this.keepStored) {
      // Nothing to write: the state the LMS holds stays.
    } else if (data.length > this.model.suspendDataLimit) {
      if (data.length !== this.tooLargeReported) {
        this.tooLargeReported = data.length;
        this.problem(
          LMS_ERROR.stateTooLarge,
          `the learner's state needs ${data.length} characters of cmi.suspend_data and ${this.name} holds ${this.model.suspendDataLimit}; the last state that fitted (${this.lastSuspendData?.length ?? 0} characters) is kept`,
        );
      }
    } else if (data !== this.lastSuspendData && this.lms.set(el.suspendData, data)) {
      this.lastSuspendData = data;
    }
    const pageIndex = this.course.modules.flatMap((m) => m.pages).findIndex((p) => p.id === pageId);
    // A page id longer than the bookmark field is written as its position (documented fallback).
    const location = pageId.length <= this.model.locationLimit ? pageId : String(pageIndex);
    if (location !== this.lastLocation && this.lms.set(el.location, location)) this.lastLocation = location;
  }

  /**
   * Ends the session once: the final state, session time and exit, then Finish/Terminate, which
   * commits by spec (SCORM 1.2 RTE LMSFinish, SCORM 2004 RTE 3.1.3.2 Terminate). On `pagehide` no
   * Commit: browsers refuse the synchronous request an LMS's Commit makes while a page is dismissed.
   */
  terminate(reason: TerminateReason, ctx?: TrackerContext): Promise<void> {
    if (this.fallback) return this.fallback.terminate(reason, ctx);
    if (this.terminating) return this.terminating;
    ctx ??= this.waiting ?? undefined;
    if (reason !== 'pagehide' && ctx && this.lms && this.mode !== 'review' && !codecNow()) {
      // An exit before the first save: the final state waits for the codec (Terminate is called even if it fails to load).
      this.terminating = loadCodec()
        .catch(() => undefined)
        .then(() => this.end(reason, ctx));
      return this.terminating;
    }
    // Synchronous on purpose: on pagehide there may be no later task to run it in.
    this.terminating = Promise.resolve();
    this.end(reason, ctx);
    return this.terminating;
  }

  private end(reason: TerminateReason, ctx: TrackerContext | undefined): void {
    const lms = this.lms;
    if (!lms) return;
    if (this.mode !== 'review') {
      if (ctx) this.writeState(ctx);
      this.writeExit();
      // Finish/Terminate commits by spec (SCORM 1.2 RTE LMSFinish, SCORM 2004 RTE Terminate); no Commit on pagehide.
      if (reason === 'exit') lms.commit();
    }
    this.closed = true;
    lms.terminate();
  }
}
