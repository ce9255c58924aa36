/** The xAPI (TinCan) tracker and its delivery machinery: `import { XapiTracker } from '@coursekit/xapi/xapi'`. */
export { XapiTracker } from './tracker';
export type { XapiTrackerOptions } from './tracker';
export type { LrsTrackerOptions } from './connection';
export { LrsClient, XAPI_VERSION } from './delivery/client';
export type { LrsAuth, LrsConfig, LrsResponse, DocumentParams } from './delivery/client';
export { Delivery } from './delivery/delivery';
export type { DeliveryOptions } from './delivery/delivery';
export { backoffDelay, retryAfterMs } from './delivery/backoff';
export { keepaliveBodies, KEEPALIVE_BUDGET } from './delivery/keepalive';
export { StatementQueue, openStore } from './queue/queue';
export type { QueueOptions, StoragePreference } from './queue/queue';
export type { QueuedStatement, SetAsideStatement, StoreKind, QueueStore } from './queue/store';
export { LearnerState, STATE_ID } from './state/state';
export type { StateDocument } from './state/state';
export { parseTinCanLaunch } from './launch/tincan';
export type { TinCanLaunch, LaunchProblem } from './launch/tincan';
export { parseActor, learnerOf } from './launch/actor';
