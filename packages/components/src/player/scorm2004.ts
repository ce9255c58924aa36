// The SCORM 2004 (3rd and 4th Edition) package's player: the course player and the SCORM 2004 tracker.
import { Scorm2004Tracker } from '@coursekit/runtime/scorm2004';
import { boot, lmsQuirks } from './boot';

void boot({ trackers: (meta) => [new Scorm2004Tracker(lmsQuirks(meta))], exitControl: true });
