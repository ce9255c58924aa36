/**
 * The course's side of a SCORM package, as the player runs it: a session launches the tracker,
 * creates the engine from what the LMS said and starts it. Loaded in a frame under the test page, which hosts
 * scorm-again as the LMS, so a reload of this frame is a real page reload with the LMS still there.
 * ?scorm=1.2|2004 picks the tracker; the test drives `window.ck.engine`.
 */
import type { TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../../src/scorm12/index';
import { Scorm2004Tracker } from '../../../src/scorm2004/index';
import { loadCodec } from '@coursekit/codec/lazy';
import { Session } from '@coursekit/session';
import { CourseEngine, tour } from '../engine';
import type { ContentFrame } from '../frames';

const params = new URLSearchParams(location.search);
const problems: TrackerProblem[] = [];
const options = { onProblem: (p: TrackerProblem) => problems.push(p) };
const tracker = params.get('scorm') === '1.2' ? new Scorm12Tracker(options) : new Scorm2004Tracker(options);
const course = tour;
// The seed fixes the tour's random draws, so a test knows which questions the assessment shows.
class SeededEngine extends CourseEngine {
  constructor(c: typeof course, o: ConstructorParameters<typeof CourseEngine>[1] = {}) {
    super(c, { seed: 7, ...o });
  }
}
const started = await Session.start(course, { trackers: [tracker], engineClass: SeededEngine });
if (!started.ok) throw new Error(started.message);
const { session } = started;
// The tracker loads the codec on demand, by its first save; the test drives the engine at once, so the frame is ready once it has.
await loadCodec();
(window as unknown as { ck: ContentFrame }).ck = { engine: session.engine, session, launch: session.launch, problems };
