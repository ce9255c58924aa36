/** The cmi5 Assignable Unit tracker: `import { Cmi5Tracker } from '@coursekit/xapi/cmi5'`. */
export { Cmi5Tracker } from './tracker';
export type { Cmi5TrackerOptions } from './tracker';
export { Cmi5Session } from './session';
export type { Cmi5RegistrationFlags } from './session';
export { onTemplate } from './context';
export { parseCmi5Launch, fetchAuthToken, readLaunchData, loadCmi5LaunchData } from '../launch/cmi5';
export type { Cmi5LaunchParams, Cmi5LaunchData, MoveOn } from '../launch/cmi5';
