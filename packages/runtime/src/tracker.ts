import type { CourseEngineApi, EngineSnapshot, LaunchData, LearningEvent, Tracker, TrackerProblem } from '@coursekit/engine';
import type { ResolvedCourse } from '@coursekit/schema';
import { LMS_ERROR } from './errors';

export type { Tracker, TrackerProblem, LaunchData } from '@coursekit/engine';

function guard(tracker: Tracker, what: string, fn: () => void, report: (p: TrackerProblem) => void): void {
  try {
    fn();
  } catch (error) {
    report({ tracker: tracker.name, code: LMS_ERROR.trackerFailed, message: `${tracker.name}.${what} threw: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/**
 * Several trackers as one (SCORM to the LMS and xAPI to an LRS at once). Launch data merges in
 * order: the first tracker that knows the learner, a saved state, a passing score or a language
 * wins; notices are all kept. A tracker that throws is reported and the others go on.
 *
 * @example
 * const tracker = combineTrackers([new Scorm2004Tracker(), xapiTracker], { onProblem: showProblem });
 * const launch = await tracker.launch(course);
 */
export function combineTrackers(trackers: Tracker[], options: { onProblem?: (problem: TrackerProblem) => void } = {}): Tracker {
  const combined: Tracker = {
    name: trackers.map((t) => t.name).join('+'),
    onProblem: options.onProblem,
    async launch(course: ResolvedCourse): Promise<LaunchData> {
      const report = (p: TrackerProblem) => combined.onProblem?.(p);
      for (const t of trackers) t.onProblem ??= report;
      const results = await Promise.allSettled(trackers.map((t) => t.launch(course)));
      const data: LaunchData = { learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [] };
      let first = true;
      results.forEach((result, i) => {
        if (result.status === 'rejected') {
          report({ tracker: trackers[i]!.name, code: LMS_ERROR.trackerFailed, message: `${trackers[i]!.name}.launch failed: ${String(result.reason)}` });
          return;
        }
        const d = result.value;
        if (data.learner.id === null && d.learner.id !== null) data.learner = d.learner;
        data.snapshot ??= d.snapshot;
        data.passingScore ??= d.passingScore;
        data.language ??= d.language;
        if (first) data.mode = d.mode;
        first = false;
        data.notices.push(...d.notices);
      });
      return data;
    },
    attach(engine: CourseEngineApi) {
      for (const t of trackers) guard(t, 'attach', () => t.attach(engine), (p) => combined.onProblem?.(p));
    },
    record(event: LearningEvent) {
      for (const t of trackers) guard(t, 'record', () => t.record(event), (p) => combined.onProblem?.(p));
    },
    save(snapshot: EngineSnapshot) {
      for (const t of trackers) guard(t, 'save', () => t.save(snapshot), (p) => combined.onProblem?.(p));
    },
    async terminate() {
      await Promise.allSettled(trackers.map((t) => t.terminate()));
    },
  };
  return combined;
}
