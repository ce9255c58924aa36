import type { ResolvedCourse } from '@coursekit/schema';

/**
 * The base IRI of a course's activities: `tracking.activityId`, else `urn:coursekit:<course id>`.
 * Every other activity id hangs below it (docs/tracking/xapi.md, "Activity ids"), so ids stay the
 * same across versions, targets and LMSs as long as the course id does.
 *
 * @example
 * courseActivityBase({ id: 'integrity-ranger', … }); // 'urn:coursekit:integrity-ranger'
 */
export function courseActivityBase(course: Pick<ResolvedCourse, 'id' | 'tracking'>): string {
  const configured = course.tracking?.activityId?.trim();
  return (configured || `urn:coursekit:${course.id}`).replace(/\/+$/, '');
}

const seg = (id: string) => encodeURIComponent(id);

/**
 * The activity ids of one course.
 *
 * @example
 * const ids = activityIds('urn:coursekit:integrity-ranger');
 * ids.question('parcel-rule'); // 'urn:coursekit:integrity-ranger/question/parcel-rule'
 * ids.scenarioChoice('parcel', 'door', 'refuse'); // 'urn:coursekit:integrity-ranger/scenario/parcel/node/door/choice/refuse'
 */
export function activityIds(base: string) {
  return {
    course: base,
    module: (moduleId: string) => `${base}/module/${seg(moduleId)}`,
    page: (pageId: string) => `${base}/page/${seg(pageId)}`,
    question: (questionId: string) => `${base}/question/${seg(questionId)}`,
    assessment: (assessmentId: string) => `${base}/assessment/${seg(assessmentId)}`,
    scenario: (scenarioId: string) => `${base}/scenario/${seg(scenarioId)}`,
    scenarioNode: (scenarioId: string, nodeId: string) => `${base}/scenario/${seg(scenarioId)}/node/${seg(nodeId)}`,
    // Choice ids are unique within their node only, so the node is part of the choice's id.
    scenarioChoice: (scenarioId: string, nodeId: string, choiceId: string) => `${base}/scenario/${seg(scenarioId)}/node/${seg(nodeId)}/choice/${seg(choiceId)}`,
    certificate: () => `${base}/certificate`,
  };
}

/** The activity ids of one course, as `activityIds` returns them. */
export type ActivityIds = ReturnType<typeof activityIds>;
