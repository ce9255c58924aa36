// The SCORM 1.2 package's player: the course player and the SCORM 1.2 tracker, nothing else.
import { Scorm12Tracker } from '@coursekit/runtime/scorm12';
import { boot, lmsQuirks } from './boot';

void boot({ trackers: (meta) => [new Scorm12Tracker(lmsQuirks(meta))], exitControl: true });
