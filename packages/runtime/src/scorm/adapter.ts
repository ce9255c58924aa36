import type { CourseEngineApi, EngineSnapshot, LaunchData, LearningEvent, Tracker, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { decodeSnapshot, encodeSnapshot } from '../codec/codec';
import { LMS_ERROR, LmsError } from '../errors';
import { resolveQuirks, type QuirkProfile, type QuirkProfileId } from '../quirks/profiles';
import { StandaloneTracker } from '../standalone/adapter';
import { LmsConnection } from './connection';
import { findApi, MAX_DISCOVERY_DEPTH } from './discovery';
import { identifier, plainText } from './format';
import { finished, type InteractionRecord, type ScormVersionModel, type Standing } from './model';
import { NO_LMS_NOTICE, stateNotice } from './notices';

/** Options of the SCORM trackers. */
export interface ScormTrackerOptions {
  /** The window API discovery starts from and whose pagehide / visibilitychange end and save the session. Default `window`. */
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
 * The SCORM tracker both versions share: discovery, Initialize/Terminate exactly once, debounced
 * commits, suspend_data through the codec, and the mapping of learning events to CMI elements
 * (the version model formats them). It never throws into the course: every failure goes to `onProblem`.
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
  private engine: CourseEngineApi | null = null;
  private unsubscribe: (() => void) | null = null;
  private mode: LaunchData['mode'] = 'normal';
  private language = '';
  /** The module of the page the learner is on, from page-viewed events (scenario choices are filed under it). */
  private currentModule = '';
  private standing: Standing = { completed: false, passed: null, scored: false };
  private interactionCount = 0;
  /** Where each interaction was written: by id in 2004 (read back at launch), by id and attempt or run in 1.2 (this session). */
  private interactionAt = new Map<string, number>();
  private lastProgress: number | null = null;
  private objectives = new Map<string, number>();
  private completedObjectives = new Set<string>();
  private seen = new WeakSet<LearningEvent>();
  private lastSuspendData: string | null = null;
  private lastLocation: string | null = null;
  private tooLargeReported = 0;
  private sessionStart = 0;
  private commitTimer: ReturnType<typeof setTimeout> | null = null;
  private terminating: Promise<void> | null = null;
  private unloading = false;
  /** Set once Terminate has been called: nothing more may reach the LMS. */
  private closed = false;
  private readonly onPageHide = () => {
    this.unloading = true;
    void this.terminate();
  };
  private readonly onVisibility = () => {
    if (this.win?.document.visibilityState === 'hidden') this.flush();
  };

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

  private async standalone(course: ResolvedCourse, notice: LaunchData['notices'][number]): Promise<LaunchData> {
    this.fallback = new StandaloneTracker({ storage: this.options.storage, notices: [notice], onProblem: (p) => this.onProblem?.(p) });
    return this.fallback.launch(course);
  }

  async launch(course: ResolvedCourse): Promise<LaunchData> {
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
    const decoded = decodeSnapshot(course, stored);
    const notices: LaunchData['notices'] = [];
    const notice = stateNotice(decoded);
    if (notice) {
      notices.push(notice);
      this.problem(notice.code, notice.message);
    }
    const snapshot = decoded.ok ? decoded.snapshot : null;
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

  attach(engine: CourseEngineApi): void {
    if (this.fallback) return this.fallback.attach(engine);
    this.engine = engine;
    this.language = engine.language;
    this.unsubscribe?.();
    this.unsubscribe = engine.on((event) => this.record(event));
    this.win?.addEventListener('pagehide', this.onPageHide);
    this.win?.document.addEventListener('visibilitychange', this.onVisibility);
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

  private moduleOf(pageId: string): string {
    return this.course!.modules.find((m) => m.pages.some((p) => p.id === pageId))?.id ?? this.course!.id;
  }

  /** Maps one learning event to CMI elements. Each event is recorded once, however often it is passed in. */
  record(event: LearningEvent): void {
    if (this.fallback) return this.fallback.record(event);
    if (!this.recording || this.seen.has(event)) return;
    this.seen.add(event);
    const lms = this.lms!;
    const course = this.course!;
    try {
      switch (event.type) {
        case 'page-viewed':
          this.currentModule = event.moduleId;
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
            objectiveId: identifier(this.currentModule || (this.engine ? this.moduleOf(this.engine.currentPage.pageId) : course.modules[0]?.id ?? course.id)),
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
          this.language = event.language;
          lms.set(this.model.elements.language, event.language);
          break;
        default:
          break;
      }
    } catch (error) {
      this.problem(LMS_ERROR.setValue, `recording ${event.type} failed: ${String(error)}`);
    }
    this.scheduleCommit();
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

  private scheduleCommit(): void {
    if (this.commitTimer !== null) clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => this.flush(), this.quirks.commitDelayMs);
  }

  /** Writes the engine's current state and commits now (also done on visibilitychange to hidden). */
  flush(): void {
    if (this.fallback) return void (this.engine && this.fallback.save(this.engine.snapshot()));
    if (this.commitTimer !== null) clearTimeout(this.commitTimer);
    this.commitTimer = null;
    if (!this.recording) return;
    if (this.engine) this.save(this.engine.snapshot());
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
  save(snapshot: EngineSnapshot): void {
    if (this.fallback) return this.fallback.save(snapshot);
    if (this.lms === null || this.closed || this.mode === 'review' || !this.course) return;
    const el = this.model.elements;
    let data: string;
    try {
      data = encodeSnapshot(this.course, snapshot);
    } catch (error) {
      this.problem(LMS_ERROR.trackerFailed, `the learner's state could not be encoded: ${String(error)}`);
      return;
    }
    if (data.length > this.model.suspendDataLimit) {
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
    const pageIndex = this.course.modules.flatMap((m) => m.pages).findIndex((p) => p.id === snapshot.pageId);
    // A page id longer than the bookmark field is written as its position (documented fallback).
    const location = snapshot.pageId.length <= this.model.locationLimit ? snapshot.pageId : String(pageIndex);
    if (location !== this.lastLocation && this.lms.set(el.location, location)) this.lastLocation = location;
  }

  /** Ends the session: state, session time and exit, then Commit and Terminate, once. */
  terminate(): Promise<void> {
    if (this.fallback) return this.fallback.terminate();
    // Synchronous on purpose: on pagehide there may be no later task to run it in.
    if (this.terminating === null) {
      this.terminating = Promise.resolve();
      this.end();
    }
    return this.terminating;
  }

  private end(): void {
    if (this.commitTimer !== null) clearTimeout(this.commitTimer);
    this.unsubscribe?.();
    this.win?.removeEventListener('pagehide', this.onPageHide);
    this.win?.document.removeEventListener('visibilitychange', this.onVisibility);
    const lms = this.lms;
    if (!lms) return;
    if (this.mode !== 'review') {
      if (this.engine) this.save(this.engine.snapshot());
      this.writeExit();
      // Terminate commits by spec (SCORM 1.2 RTE LMSFinish, SCORM 2004 RTE Terminate); the extra Commit is skipped where the LMS rejects it during unload.
      if (!this.unloading || this.quirks.commitOnUnload) lms.commit();
    }
    this.closed = true;
    lms.terminate();
  }
}

