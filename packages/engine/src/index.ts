export type * from './events';
export type * from './snapshot';
export type * from './api';
export type * from './tracker';
