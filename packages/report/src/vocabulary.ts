/**
 * The xAPI verbs and activity types a report recognises: the ADL vocabulary and the cmi5 profile,
 * the same ones @coursekit/xapi sends (docs/tracking/xapi.md).
 */
export const VERB = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
  chose: 'https://w3id.org/xapi/dod-isd/verbs/chose',
  earned: 'http://id.tincanapi.com/verb/earned',
} as const;

export const ACTIVITY_TYPE = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  page: 'http://activitystrea.ms/schema/1.0/page',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  question: 'http://adlnet.gov/expapi/activities/question',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

/**
 * The context extension @coursekit/xapi puts the learner's organisation unit under when the course
 * names no `tracking.organisationExtension` (docs/tracking/xapi.md).
 */
export const DEFAULT_ORGANISATION_EXTENSION = 'https://coursekit.dev/xapi/ext/organisation-unit';
