export { StandaloneTracker } from './adapter';
export type { StandaloneOptions } from './adapter';
