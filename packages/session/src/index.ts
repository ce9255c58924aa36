export { Session } from './session';
export type { EngineClass, PageLifecycle, SessionOptions, SessionStart } from './session';
export type { PlayOptions, PlayStart } from './play';
export { mergeLaunchData } from './merge';
export { StateCache, contextOf } from './context';
export { SESSION_ERROR } from './errors';
export type { SessionErrorCode } from './errors';
