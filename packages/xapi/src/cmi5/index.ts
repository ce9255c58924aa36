/**
 * The cmi5 Assignable Unit tracker: `import { Cmi5Tracker } from '@coursekit/xapi/cmi5'`. Its launch
 * is here; what sends (the cmi5 statement rules, `Cmi5Session` in `@coursekit/xapi`, the builder,
 * queue and delivery) is a chunk it loads once launched.
 */
export { Cmi5Tracker } from './tracker';
export type { Cmi5TrackerOptions } from './tracker';
export type { Cmi5RegistrationFlags } from './session';
export { parseCmi5Launch, fetchAuthToken, readLaunchData, loadCmi5LaunchData } from '../launch/cmi5';
export type { Cmi5LaunchParams, Cmi5LaunchData, MoveOn } from '../launch/cmi5';
