import type { ResolvedCourse } from '@coursekit/schema';
import { courseActivityBase } from '@coursekit/xapi';
import type { AggregateOptions } from './aggregate/aggregator';

/**
 * What a course's own settings say about reading its statements: the activity id @coursekit/xapi
 * gives it (`tracking.activityId`, else `urn:coursekit:<id>`) and the context extension naming the
 * learner's organisation unit (`tracking.organisationExtension`).
 *
 * @example
 * const report = await buildReport(readStatementsFile('cohort.ndjson'), { ...courseAggregateOptions(course), language: 'id' });
 */
export function courseAggregateOptions(course: Pick<ResolvedCourse, 'id' | 'tracking'>): Pick<AggregateOptions, 'courseActivityId' | 'organisationExtension'> {
  const extension = course.tracking?.organisationExtension;
  return { courseActivityId: courseActivityBase(course), ...(extension ? { organisationExtension: extension } : {}) };
}
