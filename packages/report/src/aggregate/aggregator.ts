import type { Activity, InteractionComponent, Statement } from '../statement';
import { ACTIVITY_TYPE, CERTIFICATE_EXTENSION, DEFAULT_ORGANISATION_EXTENSION, VERB } from '../vocabulary';
import { parseDuration } from './duration';
import { type LearnerRecord, learnerKey, learnerStatus, newLearner } from './learner';
import type { CohortReport, IgnoredStatement, LearnerRow, QuestionRow, ScenarioRow, StatusCounts } from './model';
import { pickLanguage, statementTime } from './text';

/** A learner the organiser expects, from a roster: so those who never started are counted too. */
export interface RosterEntry {
  /** An xAPI IFI: "mailto:ana@example.go.id", or "homePage::name" for an account. */
  key: string;
  name: string;
  unit: string;
}

/** How to read a cohort's statements. */
export interface AggregateOptions {
  /** The course's activity id. Default: the object of the first initialized/launched statement seen. */
  courseActivityId?: string;
  /**
   * A context extension IRI whose value names the learner's organisation unit (the course's
   * `tracking.organisationExtension`). CourseKit's own `…/organisation-unit` extension and then
   * `context.team.name` are read when it is absent.
   */
  organisationExtension?: string;
  /** Language of names in the report. Default "id". */
  language?: string;
  /**
   * The IANA time zone the report shows times in (e.g. "Asia/Jakarta"). Default: the zone of the
   * machine that builds the report. Times in the JSON stay ISO 8601 UTC.
   */
  timeZone?: string;
  roster?: RosterEntry[];
  /** How many examples of ignored statements to keep. Default 20. */
  keepIgnored?: number;
}

/** Distinct wrong responses kept per question; the rest are counted under "other" so memory stays bounded. */
const MAX_DISTINCT_RESPONSES = 50;

interface QuestionAcc {
  id: string;
  name: string;
  interactionType: string;
  components: Map<string, string>;
  answered: number;
  correct: number;
  wrong: Map<string, number>;
}

interface ScenarioAcc {
  id: string;
  name: string;
  choices: Map<string, { nodeId: string; prompt: string; choiceId: string; text: string; count: number }>;
  endings: Map<string, { id: string; name: string; outcome: string; count: number }>;
  ended: number;
}

/** The longest certificate number kept, and how many a learner keeps: statements come from outside. */
const MAX_CERTIFICATE_LENGTH = 64;
const MAX_CERTIFICATES = 10;

const SESSION_VERBS: ReadonlySet<string> = new Set([VERB.initialized, VERB.launched, VERB.resumed]);
const PLACE_TYPES: ReadonlySet<string> = new Set([ACTIVITY_TYPE.page, ACTIVITY_TYPE.lesson, ACTIVITY_TYPE.module]);

function isActivity(object: Statement['object']): object is Activity {
  return !!object && typeof object === 'object' && typeof object.id === 'string' && (object.objectType === undefined || object.objectType === 'Activity');
}

function componentsOf(definition: Activity['definition']): Map<string, InteractionComponent[]> {
  const lists = new Map<string, InteractionComponent[]>();
  for (const key of ['choices', 'scale', 'source', 'target', 'steps'] as const) {
    const list = definition?.[key];
    if (Array.isArray(list)) lists.set(key, list);
  }
  return lists;
}

/** Where a scenario choice or ending belongs: the scenario activity among the context parents. */
function scenarioParent(statement: Statement): Activity | undefined {
  const parents = statement.context?.contextActivities?.parent ?? [];
  return parents.find((p) => p?.definition?.type === ACTIVITY_TYPE.simulation);
}

/**
 * Folds statements into a cohort report one at a time: memory grows with learners, questions and
 * scenarios, never with the number of statements.
 *
 * @example
 * const aggregator = new CohortAggregator({ organisationExtension: 'https://example.go.id/xapi/ext/agency' });
 * for await (const { value, where } of readStatementsFile('cohort.ndjson')) aggregator.add(value, where);
 * const report = aggregator.finish();
 */
export class CohortAggregator {
  private readonly options: Required<Pick<AggregateOptions, 'language' | 'keepIgnored' | 'timeZone'>> & AggregateOptions;
  private courseId: string | undefined;
  private courseName = '';
  private readonly learners = new Map<string, LearnerRecord>();
  private readonly questions = new Map<string, QuestionAcc>();
  private readonly scenarios = new Map<string, ScenarioAcc>();
  private read = 0;
  private used = 0;
  private ignoredCount = 0;
  private readonly ignored: IgnoredStatement[] = [];

  constructor(options: AggregateOptions = {}) {
    this.options = { language: 'id', keepIgnored: 20, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, ...options };
    this.courseId = options.courseActivityId;
    for (const entry of options.roster ?? []) this.learners.set(entry.key.toLowerCase(), newLearner(entry.key.toLowerCase(), entry.name, entry.unit));
  }

  /** Adds one statement (anything: malformed values are counted and set aside with the reason). */
  add(value: unknown, where = `statement ${this.read + 1}`): void {
    this.read++;
    const reason = this.problemWith(value);
    if (reason) {
      this.ignoredCount++;
      if (this.ignored.length < this.options.keepIgnored) this.ignored.push({ where, reason });
      return;
    }
    const statement = value as Statement;
    const key = learnerKey(statement.actor) as string;
    const time = statementTime(statement.timestamp, statement.stored) as number;
    const object = statement.object as Activity;
    const verb = statement.verb.id;

    if (!this.courseId && SESSION_VERBS.has(verb)) this.courseId = object.id;
    if (this.courseId === undefined && object.definition?.type === ACTIVITY_TYPE.course) this.courseId = object.id;
    if (!this.courseId) {
      // Until the course is known, keep statements that name it in their context.
      const grouping = statement.context?.contextActivities?.grouping?.[0]?.id;
      if (grouping) this.courseId = grouping;
    }
    const inCourse = object.id === this.courseId || this.mentionsCourse(statement);
    if (!inCourse) {
      this.ignoredCount++;
      if (this.ignored.length < this.options.keepIgnored) this.ignored.push({ where, reason: `about ${object.id}, not this course (${this.courseId})` });
      return;
    }
    this.used++;
    const learner = this.learner(key, statement);
    learner.seen = true;
    learner.firstSeen = learner.firstSeen === null ? time : Math.min(learner.firstSeen, time);
    learner.lastActive = learner.lastActive === null ? time : Math.max(learner.lastActive, time);
    this.certificate(learner, statement, time);

    if (object.id === this.courseId) {
      this.courseName ||= pickLanguage(object.definition?.name, this.options.language);
      this.courseLevel(learner, verb, statement, time);
      return;
    }
    const type = object.definition?.type;
    if (type && PLACE_TYPES.has(type) && (verb === VERB.experienced || verb === VERB.progressed || verb === VERB.initialized)) {
      if (!learner.lastPlace || time >= learner.lastPlace.at) {
        learner.lastPlace = { id: object.id, name: pickLanguage(object.definition?.name, this.options.language) || object.id, at: time };
      }
      return;
    }
    const scenario = scenarioParent(statement);
    if (scenario && (verb === VERB.answered || verb === VERB.chose)) {
      this.scenarioChoice(scenario, statement);
      return;
    }
    if (type === ACTIVITY_TYPE.simulation && verb === VERB.completed) {
      this.scenarioEnding(object, statement);
      return;
    }
    if (verb === VERB.answered && (type === ACTIVITY_TYPE.interaction || object.definition?.interactionType)) {
      this.question(object, statement);
    }
  }

  private problemWith(value: unknown): string | null {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a statement object';
    const s = value as Partial<Statement>;
    if (!learnerKey(s.actor)) return 'no actor with an mbox, account, mbox_sha1sum or openid';
    if (!s.verb || typeof s.verb.id !== 'string') return 'no verb id';
    if (!s.object || !isActivity(s.object)) return 'its object is not an activity';
    if (statementTime(s.timestamp, s.stored) === null) return 'no valid timestamp or stored time';
    return null;
  }

  private mentionsCourse(statement: Statement): boolean {
    const ctx = statement.context?.contextActivities;
    if (!ctx || !this.courseId) return false;
    for (const list of [ctx.parent, ctx.grouping, ctx.other]) {
      if (Array.isArray(list) && list.some((a) => a?.id === this.courseId)) return true;
    }
    return false;
  }

  private learner(key: string, statement: Statement): LearnerRecord {
    let learner = this.learners.get(key);
    const unit = this.unitOf(statement);
    if (!learner) {
      learner = newLearner(key, statement.actor.name ?? key.replace(/^mailto:/, ''), unit);
      this.learners.set(key, learner);
    } else {
      if (!learner.unit && unit) learner.unit = unit;
      if (learner.name === key && statement.actor.name) learner.name = statement.actor.name;
    }
    return learner;
  }

  private unitOf(statement: Statement): string {
    const extensions = statement.context?.extensions;
    for (const ext of [this.options.organisationExtension, DEFAULT_ORGANISATION_EXTENSION]) {
      const value = ext ? extensions?.[ext] : undefined;
      if (typeof value === 'string' && value.trim()) return value.trim();
      if (value && typeof value === 'object') {
        const named = (value as { name?: unknown }).name;
        if (typeof named === 'string' && named.trim()) return named.trim();
      }
    }
    const team = statement.context?.team?.name;
    return typeof team === 'string' ? team.trim() : '';
  }

  private courseLevel(learner: LearnerRecord, verb: string, statement: Statement, time: number): void {
    if (verb === VERB.completed) learner.completed = true;
    if ((verb === VERB.passed || verb === VERB.failed) && time >= learner.decidedAt) {
      learner.passed = verb === VERB.passed;
      learner.decidedAt = time;
      const score = statement.result?.score;
      if (score && typeof score.scaled === 'number') learner.score = score.scaled;
      else if (score && typeof score.raw === 'number' && typeof score.max === 'number' && score.max > (score.min ?? 0)) {
        learner.score = (score.raw - (score.min ?? 0)) / (score.max - (score.min ?? 0));
      }
      if (verb === VERB.passed) learner.completed = true;
    }
    if (verb === VERB.terminated || verb === VERB.suspended) {
      learner.durationMs += parseDuration(statement.result?.duration) ?? 0;
    }
  }

  /** A certificate number the statement carries (on the course's completed or passed, and on earned). */
  private certificate(learner: LearnerRecord, statement: Statement, time: number): void {
    if (statement.verb.id === VERB.failed) return;
    const value = statement.result?.extensions?.[CERTIFICATE_EXTENSION];
    if (typeof value !== 'string') return;
    const number = value.trim();
    if (!number || number.length > MAX_CERTIFICATE_LENGTH) return;
    const known = learner.certificates.get(number);
    if (known !== undefined) learner.certificates.set(number, Math.min(known, time));
    else if (learner.certificates.size < MAX_CERTIFICATES) learner.certificates.set(number, time);
  }

  private question(object: Activity, statement: Statement): void {
    let acc = this.questions.get(object.id);
    if (!acc) {
      const components = new Map<string, string>();
      for (const list of componentsOf(object.definition).values()) {
        for (const c of list) if (c && typeof c.id === 'string') components.set(c.id, pickLanguage(c.description, this.options.language) || c.id);
      }
      acc = {
        id: object.id,
        name: pickLanguage(object.definition?.name, this.options.language) || pickLanguage(object.definition?.description, this.options.language) || object.id,
        interactionType: object.definition?.interactionType ?? 'other',
        components,
        answered: 0,
        correct: 0,
        wrong: new Map(),
      };
      this.questions.set(object.id, acc);
    }
    acc.answered++;
    if (statement.result?.success === true) {
      acc.correct++;
      return;
    }
    if (statement.result?.success !== false) return;
    for (const part of wrongParts(acc.interactionType, statement.result?.response)) {
      const known = acc.wrong.has(part) || acc.wrong.size < MAX_DISTINCT_RESPONSES;
      const key = known ? part : '\u0000other';
      acc.wrong.set(key, (acc.wrong.get(key) ?? 0) + 1);
    }
  }

  private scenarioAcc(activity: Activity): ScenarioAcc {
    let acc = this.scenarios.get(activity.id);
    if (!acc) {
      acc = { id: activity.id, name: pickLanguage(activity.definition?.name, this.options.language) || activity.id, choices: new Map(), endings: new Map(), ended: 0 };
      this.scenarios.set(activity.id, acc);
    } else if (acc.name === acc.id && activity.definition?.name) {
      acc.name = pickLanguage(activity.definition.name, this.options.language) || acc.name;
    }
    return acc;
  }

  private scenarioChoice(scenario: Activity, statement: Statement): void {
    const acc = this.scenarioAcc(scenario);
    const object = statement.object as Activity;
    const response = typeof statement.result?.response === 'string' ? statement.result.response : '';
    const choices = object.definition?.choices ?? [];
    const chosen = choices.find((c) => c.id === response);
    const key = `${object.id}#${response}`;
    let row = acc.choices.get(key);
    if (!row) {
      row = {
        nodeId: object.id,
        prompt: pickLanguage(object.definition?.description, this.options.language) || pickLanguage(object.definition?.name, this.options.language),
        choiceId: response,
        text: pickLanguage(chosen?.description, this.options.language) || response,
        count: 0,
      };
      acc.choices.set(key, row);
    }
    row.count++;
  }

  private scenarioEnding(object: Activity, statement: Statement): void {
    const acc = this.scenarioAcc(object);
    acc.ended++;
    const ext = statement.result?.extensions ?? {};
    const ending = Object.entries(ext).find(([iri]) => iri.endsWith('/ending'))?.[1] as { id?: string; title?: Record<string, string>; outcome?: string } | string | undefined;
    const id = typeof ending === 'string' ? ending : ending?.id ?? statement.result?.response ?? 'unknown';
    const name = typeof ending === 'object' && ending?.title ? pickLanguage(ending.title, this.options.language) : id;
    const outcome = typeof ending === 'object' && ending?.outcome ? ending.outcome : statement.result?.success === true ? 'success' : statement.result?.success === false ? 'failure' : '';
    let row = acc.endings.get(id);
    if (!row) {
      row = { id, name, outcome, count: 0 };
      acc.endings.set(id, row);
    }
    row.count++;
  }

  /** The report of everything added so far. */
  finish(now = new Date()): CohortReport {
    const learners = [...this.learners.values()];
    const rows: LearnerRow[] = learners
      .map((l) => ({
        key: l.key,
        name: l.name,
        unit: l.unit,
        status: learnerStatus(l),
        score: l.score === null ? null : Math.round(l.score * 1000) / 10,
        durationMs: l.durationMs,
        firstSeen: l.firstSeen === null ? null : new Date(l.firstSeen).toISOString(),
        lastActive: l.lastActive === null ? null : new Date(l.lastActive).toISOString(),
        lastPlace: l.lastPlace?.name ?? null,
        certificates: [...l.certificates.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([number]) => number),
      }))
      .sort((a, b) => a.unit.localeCompare(b.unit) || a.name.localeCompare(b.name));
    const units = new Map<string, LearnerRow[]>();
    for (const row of rows) units.set(row.unit, [...(units.get(row.unit) ?? []), row]);
    const scores = rows.map((r) => r.score).filter((s): s is number => s !== null);
    const distribution = new Array<number>(10).fill(0);
    for (const s of scores) distribution[Math.min(9, Math.floor(s / 10))]!++;
    const durations = learners.map((l) => l.durationMs).filter((d) => d > 0).sort((a, b) => a - b);
    return {
      generatedAt: now.toISOString(),
      language: this.options.language,
      timeZone: this.options.timeZone,
      course: { id: this.courseId ?? '', name: this.courseName || this.courseId || '' },
      statements: { read: this.read, used: this.used, ignored: this.ignoredCount, examples: this.ignored },
      totals: counts(rows),
      units: [...units.entries()].map(([unit, list]) => ({ unit, counts: counts(list), averageScore: average(list.map((r) => r.score)) })),
      scoreDistribution: distribution,
      averageScore: average(scores),
      time: { meanMs: durations.length ? Math.round(durations.reduce((a, b) => a + b, 0) / durations.length) : null, medianMs: median(durations) },
      questions: [...this.questions.values()].map((q) => questionRow(q)).sort((a, b) => (a.difficulty ?? 2) - (b.difficulty ?? 2)),
      scenarios: [...this.scenarios.values()].map((s) => scenarioRow(s)),
      stalls: stalls(rows),
      learners: rows,
    };
  }
}

/** The option ids a wrong response names, per the xAPI response formats (`a[,]b`, `src[.]tgt`). */
function wrongParts(interactionType: string, response: unknown): string[] {
  if (typeof response !== 'string' || response === '') return [];
  if (interactionType === 'choice' || interactionType === 'sequencing') return response.split('[,]');
  if (interactionType === 'matching') return response.split('[,]');
  return [response];
}

function questionRow(q: QuestionAcc): QuestionRow {
  return {
    id: q.id,
    name: q.name,
    interactionType: q.interactionType,
    answered: q.answered,
    correct: q.correct,
    difficulty: q.answered ? q.correct / q.answered : null,
    wrongOptions: [...q.wrong.entries()]
      .map(([id, count]) => ({ id: id === '\u0000other' ? 'other' : id, label: labelFor(q, id), count }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}

function labelFor(q: QuestionAcc, part: string): string {
  if (part === '\u0000other') return '…';
  if (q.components.has(part)) return q.components.get(part) as string;
  const [source, target] = part.split('[.]');
  if (target !== undefined && source !== undefined) return `${q.components.get(source) ?? source} → ${q.components.get(target) ?? target}`;
  return part;
}

function scenarioRow(s: ScenarioAcc): ScenarioRow {
  return {
    id: s.id,
    name: s.name,
    choices: [...s.choices.values()].sort((a, b) => a.nodeId.localeCompare(b.nodeId) || b.count - a.count),
    endings: [...s.endings.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    ended: s.ended,
  };
}

/** How many learners in progress stopped at each place, most first (ties by name). */
function stalls(rows: LearnerRow[]): Array<{ place: string; count: number }> {
  const at = new Map<string, number>();
  for (const r of rows) if (r.status === 'in-progress' && r.lastPlace) at.set(r.lastPlace, (at.get(r.lastPlace) ?? 0) + 1);
  return [...at.entries()].map(([place, count]) => ({ place, count })).sort((a, b) => b.count - a.count || a.place.localeCompare(b.place));
}

function counts(rows: LearnerRow[]): StatusCounts {
  const c: StatusCounts = { learners: rows.length, 'not-started': 0, 'in-progress': 0, completed: 0, passed: 0, failed: 0, completionRate: 0, passRate: 0 };
  for (const r of rows) c[r.status]++;
  const finished = c.completed + c.passed + c.failed;
  c.completionRate = rows.length ? finished / rows.length : 0;
  c.passRate = c.passed + c.failed ? c.passed / (c.passed + c.failed) : 0;
  return c;
}

function average(values: Array<number | null>): number | null {
  const list = values.filter((v): v is number => v !== null);
  return list.length ? Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 10) / 10 : null;
}

function median(sorted: number[]): number | null {
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
