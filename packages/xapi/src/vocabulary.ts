/**
 * The xAPI vocabulary CourseKit sends: verbs from the ADL vocabulary and the cmi5 profile,
 * activity types from the ADL registry, and the few CourseKit extensions. Every IRI here is
 * documented in docs/tracking/xapi.md; changing one breaks reports built on earlier statements.
 *
 * @example
 * statement.verb.id === VERB.answered; // 'http://adlnet.gov/expapi/verbs/answered'
 */
export const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  /** xAPI registry (tincanapi.com vocabulary): "earned" a certificate. */
  earned: 'http://id.tincanapi.com/verb/earned',
} as const;

/** One of the verbs CourseKit sends. */
export type VerbId = (typeof VERB)[keyof typeof VERB];

/** The English display of each verb (xAPI 2.4.3: display is for humans; reports use the id). */
export const VERB_DISPLAY: Record<VerbId, string> = {
  [VERB.initialized]: 'initialized',
  [VERB.resumed]: 'resumed',
  [VERB.terminated]: 'terminated',
  [VERB.experienced]: 'experienced',
  [VERB.attempted]: 'attempted',
  [VERB.answered]: 'answered',
  [VERB.completed]: 'completed',
  [VERB.passed]: 'passed',
  [VERB.failed]: 'failed',
  [VERB.earned]: 'earned',
};

/**
 * Activity types (definition.type) of every activity CourseKit names.
 *
 * @example
 * activity.definition.type === ACTIVITY_TYPE.simulation; // a scenario
 */
export const ACTIVITY_TYPE = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  page: 'http://activitystrea.ms/schema/1.0/page',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  /** A branching scenario. */
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  /** A scenario choice (in contextActivities.other of the choice statement): ADL "interaction", part of a simulation. */
  choice: 'http://adlnet.gov/expapi/activities/interaction',
  /** The certificate a learner earns: the TLA vocabulary's "credential". */
  certificate: 'https://w3id.org/xapi/tla/activity-types/credential',
} as const;

export { CMI5_PROGRESS, CMI5 } from './cmi5/profile';

/** Where CourseKit's own extensions live. */
export const EXTENSION_BASE = 'https://coursekit.dev/xapi/ext/';

/**
 * CourseKit's extension IRIs (context.extensions and result.extensions), documented in docs/tracking/xapi.md.
 *
 * @example
 * statement.result.extensions[EXTENSION.ending]; // { id: 'report', outcome: 'success', title: { id: '…', en: '…' } }
 */
export const EXTENSION = {
  /** result: the scenario choice taken, as the learner saw it: { id, text, prompt } (strings in the language shown). */
  choice: `${EXTENSION_BASE}choice`,
  /** result: the ending a scenario reached: { id, outcome, title: language map }. */
  ending: `${EXTENSION_BASE}ending`,
  /** result: choice ids taken in a scenario run, in order. */
  path: `${EXTENSION_BASE}path`,
  /** context: scenario variables after the event, { name: number }. */
  variables: `${EXTENSION_BASE}variables`,
  /** context: the scenario run (1 for the first play). */
  run: `${EXTENSION_BASE}run`,
  /** context: the assessment attempt (1 for the first). */
  attempt: `${EXTENSION_BASE}attempt`,
  /** context: choice ids offered at a scenario node, in the order shown. */
  offered: `${EXTENSION_BASE}offered`,
  /** context: the course version (semantic version of the content). */
  courseVersion: `${EXTENSION_BASE}course-version`,
  /** result: the passing score in percent that applied. */
  passingScore: `${EXTENSION_BASE}passing-score`,
  /** result: attempts left after an assessment attempt (null: unlimited). */
  attemptsLeft: `${EXTENSION_BASE}attempts-left`,
  /** result: question ids drawn for an assessment attempt, in order. */
  questions: `${EXTENSION_BASE}questions`,
  /** result: the certificate number, on the earned-certificate statement and on the course's completed or passed statement that issued it. */
  certificate: `${EXTENSION_BASE}certificate`,
  /** context: the learner's organisation unit (agency), when the course names no `tracking.organisationExtension`. */
  organisationUnit: `${EXTENSION_BASE}organisation-unit`,
  /** context: the page a resumed session starts on. */
  page: `${EXTENSION_BASE}page`,
} as const;

/** The platform named in context.platform. */
export const PLATFORM = 'CourseKit';
