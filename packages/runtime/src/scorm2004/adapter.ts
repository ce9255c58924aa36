import { ScormTracker, type ScormTrackerOptions } from '../scorm/adapter';
import { scorm2004Model } from './data-model';

/**
 * The SCORM 2004 (3rd and 4th edition) tracker: finds `window.API_1484_11`, maps learning events to
 * the 2004 data model and keeps the learner's state in cmi.suspend_data (64,000 characters).
 * With no LMS, it runs standalone.
 *
 * @example
 * const tracker = new Scorm2004Tracker({ onProblem: (p) => player.showProblem(p) });
 * const started = await Session.start(course, { trackers: [tracker] }); // @coursekit/session: launch, every event, saves, Terminate
 */
export class Scorm2004Tracker extends ScormTracker {
  constructor(options: ScormTrackerOptions = {}) {
    super(scorm2004Model, options);
  }
}
