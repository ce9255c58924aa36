/**
 * A first visit in a fresh page, where nothing has loaded the codec yet: the SCORM 1.2 tracker
 * (the LMS is the parent window's) and the standalone tracker save once before the codec arrives
 * and once it has. `window.ck` tells the test what was written when, and whether the codec had
 * already arrived at the first save.
 */
import { codecNow, loadCodec } from '@coursekit/codec/lazy';
import { Scorm12Tracker } from '../../../src/scorm12/index';
import { StandaloneTracker } from '../../../src/standalone/index';
import { FakeEngine, T0 } from '../../fixtures/fake-engine';
import { miniCourse as course } from '../../fixtures/mini-course';

const KEY = 'coursekit:mini@1.0.0';
const lms = (window.parent as unknown as { API: { LMSGetValue(e: string): string } }).API;
const scorm = new Scorm12Tracker();
const local = new StandaloneTracker();
const launched = [(await scorm.launch({ course })).snapshot, (await local.launch({ course })).snapshot];
// Whether the chunk has arrived by the first save depends on how fast this machine fetched it.
const loadedAtSave = codecNow() !== null;
// One stand-in engine per tracker (each drives one), in the same state.
const engines = [scorm, local].map((tracker) => {
  const engine = new FakeEngine(course).drive(tracker);
  engine.state = { ...engine.state, pageId: 'checks', viewed: ['intro', 'checks'] };
  engine.emit({ type: 'page-viewed', time: T0, courseId: course.id, moduleId: 'm1', pageId: 'checks', progress: { viewed: 2, total: 6 } });
  engine.save();
  return engine;
});
const before = { lms: lms.LMSGetValue('cmi.suspend_data'), local: localStorage.getItem(KEY) };
const { encodeSnapshot } = await loadCodec();
await new Promise((resolve) => setTimeout(resolve, 0));
const after = { lms: lms.LMSGetValue('cmi.suspend_data'), location: lms.LMSGetValue('cmi.core.lesson_location'), local: localStorage.getItem(KEY) };
localStorage.removeItem(KEY);
(window as unknown as { ck: unknown }).ck = { launched, loadedAtSave, before, after, expected: encodeSnapshot(course, engines[0]!.state) };
