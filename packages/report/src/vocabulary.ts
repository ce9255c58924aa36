import { ACTIVITY_TYPE as SENT_TYPES, EXTENSION, VERB as SENT_VERBS } from '@coursekit/xapi';

/**
 * The xAPI verbs a report recognises: every verb @coursekit/xapi sends (its vocabulary, so the two
 * cannot drift; docs/tracking/xapi.md), and the few other tools send for the same moments.
 */
export const VERB = {
  ...SENT_VERBS,
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
  chose: 'https://w3id.org/xapi/dod-isd/verbs/chose',
} as const;

/** The activity types a report recognises: @coursekit/xapi's, and lessons and questions from other tools. */
export const ACTIVITY_TYPE = {
  ...SENT_TYPES,
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  question: 'http://adlnet.gov/expapi/activities/question',
} as const;

/**
 * The context extension @coursekit/xapi puts the learner's organisation unit under when the course
 * names no `tracking.organisationExtension`.
 */
export const DEFAULT_ORGANISATION_EXTENSION = EXTENSION.organisationUnit;

/**
 * The result extension carrying a certificate number (e.g. `IR-B6DF-FYLL-B`) on the course's
 * completed or passed statement that issued it and on the earned statement.
 */
export const CERTIFICATE_EXTENSION = EXTENSION.certificate;
