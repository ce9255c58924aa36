// The xAPI (TinCan) package's player: the course player and the xAPI tracker (TinCan launch parameters).
import { XapiTracker } from '@coursekit/xapi/xapi';
import { boot } from './boot';

void boot({ trackers: () => [new XapiTracker()], exitControl: true });
