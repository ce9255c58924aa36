import { ScormTracker, type ScormTrackerOptions } from '../scorm/adapter';
import { scorm12Model } from './data-model';

/**
 * The SCORM 1.2 tracker: finds `window.API`, maps learning events to the 1.2 data model and keeps
 * the learner's state in cmi.suspend_data (4,096 characters). With no LMS, it runs standalone.
 *
 * @example
 * const tracker = new Scorm12Tracker({ quirks: 'saba', onProblem: (p) => console.warn(p) });
 * const started = await Session.start(course, { trackers: [tracker] }); // @coursekit/session: launch, every event, saves, Terminate
 */
export class Scorm12Tracker extends ScormTracker {
  constructor(options: ScormTrackerOptions = {}) {
    super(scorm12Model, options);
  }
}
