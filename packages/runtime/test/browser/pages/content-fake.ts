/**
 * The content frame with a stand-in engine that holds exactly the state it is given: the reload
 * test checks what the tracker persists and restores, apart from the engine's rules.
 */
import type { CourseEngineApi, TrackerProblem } from '@coursekit/engine';
import { loadCodec } from '@coursekit/codec/lazy';
import { Session, type EngineClass } from '@coursekit/session';
import { Scorm12Tracker } from '../../../src/scorm12/index';
import { Scorm2004Tracker } from '../../../src/scorm2004/index';
import { FakeEngine } from '../../fixtures/fake-engine';
import { miniCourse as course } from '../../fixtures/mini-course';

const params = new URLSearchParams(location.search);
const problems: TrackerProblem[] = [];
const options = { onProblem: (p: TrackerProblem) => problems.push(p) };
const tracker = params.get('scorm') === '1.2' ? new Scorm12Tracker(options) : new Scorm2004Tracker(options);
const started = await Session.start(course, { trackers: [tracker], engineClass: FakeEngine as unknown as EngineClass });
if (!started.ok) throw new Error(started.message);
const { session } = started;
const engine = session.engine as CourseEngineApi as unknown as FakeEngine;
// The tracker loads the codec on demand, by its first save; the test drives the engine at once, so the frame is ready once it has.
await loadCodec();
(window as unknown as { ck: unknown }).ck = { engine, session, launch: session.launch, problems };
