/**
 * @coursekit/xapi: xAPI statements and cmi5 for CourseKit, with a durable delivery queue.
 * This entry holds the statement vocabulary and builders (the cmi5 rules, `Cmi5Session`, included)
 * only; the trackers are in the `@coursekit/xapi/xapi` and `@coursekit/xapi/cmi5` subpaths, so a
 * player loads them only for those targets, and the LRS client, queue and delivery in
 * `@coursekit/xapi/delivery`.
 */
export { VERB, VERB_DISPLAY, ACTIVITY_TYPE, CMI5, EXTENSION, EXTENSION_BASE, PLATFORM } from './vocabulary';
export type { VerbId } from './vocabulary';
export { XAPI_ERROR, XapiError } from './errors';
export type { XapiErrorCode } from './errors';
export { StatementBuilder } from './statements/builder';
export type { StatementBuilderOptions } from './statements/builder';
export { CourseActivities } from './statements/activities';
export { activityIds, courseActivityBase } from './statements/ids';
export type { ActivityIds } from './statements/ids';
export { interactionDefinition, responseString } from './statements/interaction';
export { languageMap } from './statements/language';
export { uuid, isUuid } from './statements/uuid';
export type * from './statements/types';
export { packagedCredentialsWarning } from './security';
export { Cmi5Session } from './cmi5/session';
export type { Cmi5RegistrationFlags } from './cmi5/session';
export { onTemplate } from './cmi5/context';
