// The cmi5 package's player: the course player and the cmi5 AU tracker (launch parameters from the LMS).
import { Cmi5Tracker } from '@coursekit/xapi/cmi5';
import { boot } from './boot';

void boot({ trackers: () => [new Cmi5Tracker()], exitControl: true });
