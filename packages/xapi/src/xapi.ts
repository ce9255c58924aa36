/**
 * The xAPI (TinCan) tracker: `import { XapiTracker } from '@coursekit/xapi/xapi'`. Its launch is
 * here; what sends (statement builder, queue, delivery) is a chunk it loads once launched. The
 * delivery machinery itself is `@coursekit/xapi/delivery`.
 */
export { XapiTracker } from './tracker';
export type { XapiTrackerOptions } from './tracker';
export type { LrsTrackerOptions } from './connection';
export type { LrsAuth } from './delivery/client';
export { STATE_ID } from './state/state';
export type { StateDocument } from './state/state';
export { parseTinCanLaunch } from './launch/tincan';
export type { TinCanLaunch, LaunchProblem } from './launch/tincan';
export { parseActor, learnerOf } from './launch/actor';
