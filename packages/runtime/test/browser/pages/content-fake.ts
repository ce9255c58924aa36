/**
 * The content frame with a stand-in engine that holds exactly the state it is given: the reload
 * test checks what the tracker persists and restores, apart from the engine's rules.
 */
import type { TrackerProblem } from '@coursekit/engine';
import { Scorm12Tracker } from '../../../src/scorm12/index';
import { Scorm2004Tracker } from '../../../src/scorm2004/index';
import { FakeEngine } from '../../fixtures/fake-engine';
import { miniCourse as course } from '../../fixtures/mini-course';

const params = new URLSearchParams(location.search);
const problems: TrackerProblem[] = [];
const options = { quirks: { commitDelayMs: 20 }, onProblem: (p: TrackerProblem) => problems.push(p) };
const tracker = params.get('scorm') === '1.2' ? new Scorm12Tracker(options) : new Scorm2004Tracker(options);
const launch = await tracker.launch(course);
const engine = new FakeEngine(course);
if (launch.snapshot) engine.state = launch.snapshot;
tracker.attach(engine.asEngine());
(window as unknown as { ck: unknown }).ck = { engine, tracker, launch, problems };
