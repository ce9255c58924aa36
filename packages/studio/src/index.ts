export { coursePort, startStudio, StudioStartError, type StudioOptions, type StudioServer } from './server/server';
export { localGuard, type LocalGuardOptions, type Refusal } from './server/guard';
export { CONTENT_TYPES } from './server/http';
export * from './model/index';
