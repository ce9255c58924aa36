export { startStudio, StudioStartError, type StudioOptions, type StudioServer } from './server/server';
export * from './model/index';
