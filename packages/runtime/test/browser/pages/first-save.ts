/**
 * A first visit in a fresh page, where nothing has loaded the codec yet: the SCORM 1.2 tracker
 * (the LMS is the parent window's) and the standalone tracker save once, then the codec arrives.
 * `?codec=arrived`: the chunk has arrived before the save; `?codec=held` (first-save.html): it is
 * held back until after the save. `window.ck` tells the test what was written when, and whether
 * the codec had arrived at the save.
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
const mode = new URLSearchParams(location.search).get('codec');
if (mode === 'arrived') await loadCodec();
if (mode === 'held') {
  // Asked for, and given time enough for a fetch from this machine: only the hold keeps it away.
  void loadCodec();
  await new Promise((resolve) => setTimeout(resolve, 150));
}
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
if (mode === 'held') (window as unknown as { ckReleaseCodec: () => void }).ckReleaseCodec();
const { encodeSnapshot } = await loadCodec();
await new Promise((resolve) => setTimeout(resolve, 0));
const after = { lms: lms.LMSGetValue('cmi.suspend_data'), location: lms.LMSGetValue('cmi.core.lesson_location'), local: localStorage.getItem(KEY) };
localStorage.removeItem(KEY);
(window as unknown as { ck: unknown }).ck = { launched, loadedAtSave, before, after, expected: encodeSnapshot(course, engines[0]!.state) };
