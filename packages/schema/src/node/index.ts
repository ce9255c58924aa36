export { loadCourse, validateFile, type LoadedCourse, type LoadOptions } from './load';
export { CourseFolder, type Lookup } from './files';
