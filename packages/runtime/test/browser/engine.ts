/// <reference types="vite/client" />
import * as engineModule from '@coursekit/engine';
import type { CourseEngineApi, EngineOptions } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';

/**
 * The real engine and the example tour course, when they exist. Looked up at run time so these
 * tests start running by themselves once @coursekit/engine exports CourseEngine and
 * examples/tour/course.json is in the repository.
 */
export const CourseEngine = (engineModule as unknown as { CourseEngine?: new (course: ResolvedCourse, options?: EngineOptions) => CourseEngineApi }).CourseEngine;

const found = import.meta.glob<ResolvedCourse>('../../../../examples/tour/course.json', { eager: true, import: 'default' });
export const tour: ResolvedCourse | undefined = Object.values(found)[0];

export const engineAvailable = CourseEngine !== undefined && tour !== undefined && !JSON.stringify(tour).includes('"$include"');
