export { Scorm2004Tracker } from './adapter';
export { scorm2004Model, statuses } from './data-model';
export type { Scorm2004Api } from './data-model';
export { learnerResponse as scorm2004Response, correctPatterns as scorm2004CorrectPatterns, scorm2004Type } from './interactions';
export { timestamp } from './time';
export type { ScormTrackerOptions } from '../scorm/adapter';
