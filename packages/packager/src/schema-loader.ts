import { unvalidatedLoader, type CourseLoader } from './course';

/**
 * The course loader builds use by default. Until @coursekit/schema exports its Node loader
 * (`loadCourse` in "@coursekit/schema/node"), this resolves `$include`s without validating.
 */
export const schemaLoader: CourseLoader = unvalidatedLoader;
