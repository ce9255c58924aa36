import { loadCourse } from '@coursekit/schema/node';
import type { CourseLoader } from './course';

/**
 * The course loader builds use by default: @coursekit/schema's `loadCourse`, which resolves every
 * `$include` (inside the course folder, no cycles) and validates the whole course — JSON, schema,
 * semantic rules, and the asset files it names — with the file, line, column and pointer of each
 * problem, included files included.
 *
 * @example
 * const { course, diagnostics } = await schemaLoader('examples/tour/course.json');
 */
export const schemaLoader: CourseLoader = async (file) => {
  const { course, diagnostics, files } = await loadCourse(file);
  return { course, diagnostics, files };
};
