import type { LearningEvent, Score as EngineScore } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { CMI5_PROGRESS, EXTENSION, PLATFORM, VERB, VERB_DISPLAY, type VerbId } from '../vocabulary';
import { CourseActivities } from './activities';
import { isoDuration } from '@coursekit/engine';
import { interactionDefinition, responseString } from './interaction';
import { languageMap } from './language';
import type { Activity, Agent, Context, Result, Score, Statement } from './types';
import { uuid } from './uuid';

/** Who and where: everything a statement needs beyond the event. */
export interface StatementBuilderOptions {
  course: ResolvedCourse;
  actor: Agent;
  /** xAPI context.registration: the enrolment (cmi5: from the launch URL). */
  registration?: string;
  /** The course activity's id when it is not the course base (cmi5: the AU's activityId). */
  courseActivityId?: string;
  /** The learner's organisation unit (agency), sent under the course's `tracking.organisationExtension`. */
  organisationUnit?: string;
  /** context.platform; default "CourseKit". */
  platform?: string;
  /** Makes statement ids; default random UUIDs. */
  newId?: () => string;
  /** Time in the course so far, all sessions (the engine's totalTimeMs): the duration of a course verdict. */
  courseTimeMs?: () => number;
}

function score(s: EngineScore): Score {
  return { scaled: s.scaled, raw: s.raw, min: s.min, max: s.max };
}

/**
 * Turns learning events into xAPI statements: one statement per event (none for a language
 * change), each with its UUID from the moment it is built. Keeps the current language, module
 * and page, which later statements use for context.language and their parents.
 *
 * @example
 * const builder = new StatementBuilder({ course, actor: { account: { homePage: 'https://lms.example.go.id', name: 'ASN-1987' } } });
 * const [statement] = builder.statementsFor({ type: 'page-viewed', time, courseId, moduleId: 'm1', pageId: 'p1', progress: { viewed: 1, total: 9 } });
 * statement.verb.id; // 'http://adlnet.gov/expapi/verbs/experienced'
 */
export class StatementBuilder {
  readonly activities: CourseActivities;
  /** The language of the text the learner sees now. */
  language: string;
  private moduleId: string | null = null;
  private pageId: string | null = null;
  private readonly newId: () => string;

  constructor(private readonly options: StatementBuilderOptions) {
    this.activities = new CourseActivities(options.course, options.courseActivityId);
    this.language = options.course.defaultLanguage;
    this.newId = options.newId ?? uuid;
  }

  /** The course activity's id (the object of session and course-level statements). */
  get courseActivityId(): string {
    return this.activities.courseRef().id;
  }

  /** A statement with the common context: registration, platform, language, course grouping, organisation unit. */
  statement(verb: VerbId, object: Activity, time: number, parts: { result?: Result; context?: Context } = {}): Statement {
    const { course, registration, organisationUnit } = this.options;
    const context: Context = {
      ...(registration ? { registration } : {}),
      platform: this.options.platform ?? PLATFORM,
      language: this.language,
      revision: course.version,
      ...parts.context,
    };
    const grouping = object.id === this.courseActivityId ? [] : [this.activities.courseRef()];
    const ctxActivities = { ...parts.context?.contextActivities };
    if (grouping.length) ctxActivities.grouping = [...grouping, ...(ctxActivities.grouping ?? [])];
    if (Object.keys(ctxActivities).length) context.contextActivities = ctxActivities;
    const extensions = { ...parts.context?.extensions };
    if (organisationUnit) extensions[course.tracking?.organisationExtension ?? EXTENSION.organisationUnit] = organisationUnit;
    if (Object.keys(extensions).length) context.extensions = extensions;
    else delete context.extensions;
    const statement: Statement = {
      id: this.newId(),
      actor: this.options.actor,
      verb: { id: verb, display: { en: VERB_DISPLAY[verb] } },
      object,
      timestamp: new Date(time).toISOString(),
      context,
    };
    if (parts.result && Object.keys(parts.result).length) statement.result = parts.result;
    return statement;
  }

  /** Parents of something on the current page: the page, else the module. */
  private placeParents(): Activity[] {
    if (this.pageId) return [this.activities.page(this.pageId)];
    if (this.moduleId) return [this.activities.module(this.moduleId)];
    return [];
  }

  private moduleGrouping(moduleId: string | null = this.moduleId): Activity[] {
    return moduleId ? [this.activities.module(moduleId)] : [];
  }

  /** `initialized` the course: the first statement of a session. */
  initialized(time: number): Statement {
    return this.statement(VERB.initialized, this.activities.courseActivity(), time);
  }

  /** `resumed` the course on a page (xAPI launches; cmi5 sends `initialized` instead). */
  resumed(time: number, pageId: string): Statement {
    return this.statement(VERB.resumed, this.activities.courseActivity(), time, { context: { extensions: { [EXTENSION.page]: this.activities.ids.page(pageId) } } });
  }

  /** `terminated` the course: the last statement of a session, with the session's duration. */
  terminated(time: number, sessionMs: number): Statement {
    return this.statement(VERB.terminated, this.activities.courseActivity(), time, { result: { duration: isoDuration(sessionMs) } });
  }

  /** `completed` the course. */
  courseCompleted(time: number, durationMs: number, certificateId?: string): Statement {
    return this.statement(VERB.completed, this.activities.courseActivity(), time, { result: { completion: true, duration: isoDuration(durationMs), ...certificateExtension(certificateId) } });
  }

  /** `passed` or `failed` the course, with its score. */
  courseJudged(time: number, passed: boolean, courseScore: EngineScore | null, durationMs: number, passingScore: number | null, certificateId?: string): Statement {
    const result: Result = { success: passed, duration: isoDuration(durationMs), ...certificateExtension(certificateId) };
    if (courseScore) result.score = score(courseScore);
    if (passingScore !== null) result.extensions = { ...result.extensions, [EXTENSION.passingScore]: passingScore };
    return this.statement(passed ? VERB.passed : VERB.failed, this.activities.courseActivity(), time, { result });
  }

  /** Learns what an event says about the learner's place and language, without building a statement. */
  observe(event: LearningEvent): void {
    if (event.type === 'course-started' || event.type === 'language-changed') this.language = event.language;
    if (event.type === 'course-resumed') {
      this.language = event.language;
      this.pageId = event.pageId;
      this.moduleId = this.activities.moduleOfPage(event.pageId) ?? null;
    }
    if (event.type === 'page-viewed') {
      this.moduleId = event.moduleId;
      this.pageId = event.pageId;
    }
  }

  /**
   * The statements for one event. Course-level events get the plain xAPI verbs here; the cmi5
   * tracker builds those itself (cmi5 defined statements) and asks this only for the rest.
   */
  statementsFor(event: LearningEvent): Statement[] {
    const a = this.activities;
    this.observe(event);
    switch (event.type) {
      case 'course-started':
        return [this.initialized(event.time)];
      case 'course-resumed':
        return [this.resumed(event.time, event.pageId)];
      case 'language-changed':
        // Later statements carry the new context.language; the change itself is not a statement.
        return [];
      case 'page-viewed': {
        const percent = event.progress.total ? Math.round((event.progress.viewed / event.progress.total) * 100) : 0;
        return [
          this.statement(VERB.experienced, a.page(event.pageId), event.time, {
            result: { extensions: { [CMI5_PROGRESS]: percent } },
            context: { contextActivities: { parent: [a.module(event.moduleId)] } },
          }),
        ];
      }
      case 'module-completed':
        return [this.statement(VERB.completed, a.module(event.moduleId), event.time, { result: { completion: true }, context: { contextActivities: { parent: [a.courseRef()] } } })];
      case 'question-answered': {
        const result: Result = { response: responseString(event.response), duration: isoDuration(event.latencyMs) };
        if (event.correct !== null) result.success = event.correct;
        if (event.score) result.score = score(event.score);
        const parent = event.assessmentId ? a.assessment(event.assessmentId) : a.page(event.pageId);
        const extensions = event.attempt !== undefined ? { [EXTENSION.attempt]: event.attempt } : undefined;
        return [
          this.statement(VERB.answered, { objectType: 'Activity', id: a.ids.question(event.question.id), definition: interactionDefinition(event.question, a.courseLanguages) }, event.time, {
            result,
            context: { contextActivities: { parent: [parent], grouping: this.moduleGrouping(event.moduleId) }, ...(extensions ? { extensions } : {}) },
          }),
        ];
      }
      case 'assessment-started':
        return [
          this.statement(VERB.attempted, a.assessment(event.assessmentId), event.time, {
            result: { extensions: { [EXTENSION.questions]: event.questionIds } },
            context: { contextActivities: { parent: this.placeParents(), grouping: this.moduleGrouping() }, extensions: { [EXTENSION.attempt]: event.attempt } },
          }),
        ];
      case 'assessment-completed':
        return [
          this.statement(event.passed ? VERB.passed : VERB.failed, a.assessment(event.assessmentId), event.time, {
            result: {
              score: score(event.score),
              success: event.passed,
              completion: true,
              duration: isoDuration(event.durationMs),
              extensions: { [EXTENSION.passingScore]: event.passingScore, [EXTENSION.attemptsLeft]: event.attemptsLeft },
            },
            context: { contextActivities: { parent: this.placeParents(), grouping: this.moduleGrouping() }, extensions: { [EXTENSION.attempt]: event.attempt } },
          }),
        ];
      case 'scenario-started':
        return [
          this.statement(VERB.attempted, a.scenario(event.scenarioId), event.time, {
            context: { contextActivities: { parent: this.placeParents(), grouping: this.moduleGrouping() }, extensions: { [EXTENSION.run]: event.run } },
          }),
        ];
      case 'scenario-choice': {
        if (this.options.course.tracking?.scenarioChoices === false) return [];
        const choice = a.scenarioChoice(event.scenarioId, event.nodeId, event.choiceId);
        return [
          this.statement(VERB.answered, a.scenarioNode(event.scenarioId, event.nodeId, event.offered), event.time, {
            result: {
              response: event.choiceId,
              duration: isoDuration(event.latencyMs),
              extensions: { [EXTENSION.choice]: { id: event.choiceId, text: event.choiceText, prompt: event.promptText } },
            },
            context: {
              contextActivities: { parent: [a.scenario(event.scenarioId)], grouping: this.moduleGrouping(), other: [choice] },
              extensions: { [EXTENSION.run]: event.run, [EXTENSION.variables]: event.variables, [EXTENSION.offered]: event.offered },
            },
          }),
        ];
      }
      case 'scenario-ended': {
        const ending = a.ending(event.scenarioId, event.endingId);
        return [
          this.statement(VERB.completed, a.scenario(event.scenarioId), event.time, {
            result: {
              score: score(event.score),
              // A partial ending is acceptable, with costs: it succeeds; only a failure ending does not.
              success: event.outcome !== 'failure',
              completion: true,
              duration: isoDuration(event.durationMs),
              extensions: {
                [EXTENSION.ending]: { id: event.endingId, outcome: event.outcome, title: languageMap(ending?.title, a.courseLanguages) ?? { [this.language]: event.endingId } },
                [EXTENSION.path]: event.path,
              },
            },
            context: {
              contextActivities: { parent: this.placeParents(), grouping: this.moduleGrouping() },
              extensions: { [EXTENSION.run]: event.run, [EXTENSION.variables]: event.variables },
            },
          }),
        ];
      }
      case 'course-completed':
        return [this.courseCompleted(event.time, event.durationMs, event.certificateId)];
      case 'course-scored':
        return [this.courseJudged(event.time, event.passed, event.score, this.options.courseTimeMs?.() ?? 0, event.passingScore, event.certificateId)];
      case 'learner-profile-changed':
        // What the learner typed for the certificate stays in the saved state; it is not a statement.
        return [];
      case 'certificate-earned': {
        const result: Result = { extensions: { [EXTENSION.certificate]: event.certificateId } };
        if (event.score) result.score = score(event.score);
        return [this.statement(VERB.earned, a.certificate(), event.time, { result, context: { contextActivities: { parent: [a.courseRef()] } } })];
      }
    }
  }
}

/** The result extension carrying the certificate number on the course's completed or passed statement. */
function certificateExtension(certificateId: string | undefined): Pick<Result, 'extensions'> {
  return certificateId ? { extensions: { [EXTENSION.certificate]: certificateId } } : {};
}
