import type { ResolvedCourse } from '@coursekit/schema';
import tourCourse from '../../../../examples/tour/course.json';

export { CourseEngine } from '@coursekit/engine';

/** The example tour course (examples/tour/course.json): moving or renaming it fails the import, not a silent skip. */
export const tour = tourCourse as unknown as ResolvedCourse;
