export { loadCourse, validateFile, type LoadedCourse } from './load';
export { CourseFolder, type Lookup } from './files';
