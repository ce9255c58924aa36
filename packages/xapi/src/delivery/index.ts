/**
 * The delivery machinery the trackers' senders use, for a host that builds and sends statements
 * itself: the LRS client, the durable statement queue and its delivery, and the learner's state in
 * the State API. `import { LrsClient, StatementQueue, Delivery } from '@coursekit/xapi/delivery'`.
 * The trackers' entries (`@coursekit/xapi/xapi`, `@coursekit/xapi/cmi5`) do not re-export it, so a
 * player's first load carries only what a launch needs and the rest comes as a chunk.
 */
export { LrsClient, XAPI_VERSION } from './client';
export type { LrsAuth, LrsConfig, LrsResponse, DocumentParams } from './client';
export { Delivery } from './delivery';
export type { DeliveryOptions } from './delivery';
export { backoffDelay, retryAfterMs } from './backoff';
export { keepaliveBodies, KEEPALIVE_BUDGET } from './keepalive';
export { StatementQueue, openStore } from '../queue/queue';
export type { QueueOptions, StoragePreference } from '../queue/queue';
export type { QueuedStatement, SetAsideStatement, StoreKind, QueueStore } from '../queue/store';
export { LearnerState, STATE_ID, localStateCopy } from '../state/state';
export type { StateDocument, LocalStateCopy } from '../state/state';
