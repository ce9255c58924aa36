export * from './format/index';
export { validate, assertValid, exitCodeFor, type ValidateOptions } from './validate/validate';
export { parseCourse, defineCourse } from './validate/parse-course';
export { formatDiagnostics, type FormatOptions } from './validate/format';
export { CourseValidationError, type Diagnostic, type Severity } from './validate/diagnostic';
export { CODES, CODE_TITLES, type Code } from './validate/codes';
export { indexCourse, isRecord, type CourseIndex, type Typed } from './validate/walk';
export { fromPointer, isWithin, parentPointer, setAt, toPointer } from './validate/pointer';
export { REVIEW_MARKERS, reviewMarkers } from './validate/rules/review-markers';
