import type { CourseEngineApi } from '@coursekit/engine';

/** Something the course requires that the learner has not done, and the page it is on. */
export interface Unfinished {
  kind: 'scenario' | 'assessment' | 'page';
  id: string;
  pageId: string;
  title: string;
}

/**
 * The required activities of one page (or, without `pageId`, of the whole course) the learner has
 * not finished: scenarios the completion rules name that have reached no ending, and assessments
 * they name that were never submitted. With no `pageId`, pages not viewed yet follow, when the
 * course is not completed.
 *
 * @example
 * unfinished(engine, 'parsel-lebaran'); // [{ kind: 'scenario', id: 'parcel-lebaran', pageId: 'parsel-lebaran', title: 'Parsel Lebaran' }]
 */
export function unfinished(engine: CourseEngineApi, pageId?: string): Unfinished[] {
  const course = engine.course;
  const snap = engine.snapshot();
  const scenarios = new Set(course.completion?.scenarios ?? []);
  const assessments = new Set(course.completion?.assessments ?? []);
  const out: Unfinished[] = [];
  for (const ref of engine.pages) {
    if (pageId !== undefined && ref.pageId !== pageId) continue;
    for (const block of ref.page.blocks) {
      if (block.type === 'scenario' && scenarios.has(block.scenario) && snap.scenarios[block.scenario]?.best == null) {
        const def = course.scenarios?.find((s) => s.id === block.scenario);
        out.push({ kind: 'scenario', id: block.scenario, pageId: ref.pageId, title: def ? engine.text(def.title) : block.scenario });
      } else if (block.type === 'assessment' && assessments.has(block.assessment) && snap.assessments[block.assessment]?.best == null) {
        const def = course.assessments?.find((a) => a.id === block.assessment);
        out.push({ kind: 'assessment', id: block.assessment, pageId: ref.pageId, title: def ? engine.text(def.title) : block.assessment });
      }
    }
  }
  if (pageId === undefined && engine.completionStatus !== 'completed') {
    const viewed = new Set(snap.viewed);
    for (const ref of engine.pages) if (!viewed.has(ref.pageId)) out.push({ kind: 'page', id: ref.pageId, pageId: ref.pageId, title: engine.text(ref.page.title) });
  }
  return out;
}
