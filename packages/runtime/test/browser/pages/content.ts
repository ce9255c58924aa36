/**
 * The course's side of a SCORM package, as the packager builds it: launch a tracker, create the
 * engine from what the LMS said, attach, start. Loaded in a frame under the test page, which hosts
 * scorm-again as the LMS, so a reload of this frame is a real page reload with the LMS still there.
 * ?scorm=1.2|2004 picks the tracker; the test drives `window.ck.engine`.
 */
import type { TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../../src/scorm12/index';
import { Scorm2004Tracker } from '../../../src/scorm2004/index';
import { CourseEngine, tour } from '../engine';
import type { ContentFrame } from '../frames';

const params = new URLSearchParams(location.search);
const problems: TrackerProblem[] = [];
const options = { quirks: { commitDelayMs: 20 }, onProblem: (p: TrackerProblem) => problems.push(p) };
const tracker = params.get('scorm') === '1.2' ? new Scorm12Tracker(options) : new Scorm2004Tracker(options);
const course = tour;
const launch = await tracker.launch(course);
const engine = new CourseEngine(course, {
  seed: 7,
  ...(launch.snapshot ? { snapshot: launch.snapshot } : {}),
  ...(launch.passingScore !== null ? { passingScore: launch.passingScore } : {}),
  ...(launch.language ? { language: launch.language } : {}),
});
tracker.attach(engine);
engine.start();
(window as unknown as { ck: ContentFrame }).ck = { engine, tracker, launch, problems };
