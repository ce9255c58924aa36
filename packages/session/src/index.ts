export { Session } from './session';
export type { EngineClass, PageLifecycle, SessionOptions, SessionStart } from './session';
export { mergeLaunchData } from './merge';
export { StateCache, contextOf } from './context';
export { SESSION_ERROR } from './errors';
export type { SessionErrorCode } from './errors';
