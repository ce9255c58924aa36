export { Scorm12Tracker } from './adapter';
export { scorm12Model, lessonStatus } from './data-model';
export type { Scorm12Api } from './data-model';
export { studentResponse as scorm12Response, correctPatterns as scorm12CorrectPatterns, OPTION_LETTERS, scorm12Type } from './interactions';
export { timespan, clockTime } from './time';
export type { ScormTrackerOptions } from '../scorm/adapter';
