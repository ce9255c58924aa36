// The web package's player: progress in localStorage, offline through the service worker the page names. When the
// build named an LRS (--xapi-endpoint), the xAPI tracker is loaded as a separate chunk, so packages
// without one never download it.
import { StandaloneTracker } from '@coursekit/runtime/standalone';
import type { Tracker } from '@coursekit/engine';
import { boot } from './boot';

void boot({
  async trackers(meta) {
    const trackers: Tracker[] = [new StandaloneTracker()];
    const endpoint = meta('xapi-endpoint');
    if (endpoint) {
      const { XapiTracker } = await import('@coursekit/xapi/xapi');
      const auth = meta('xapi-auth');
      trackers.push(new XapiTracker({ endpoint, ...(auth ? { auth } : {}) }));
    }
    return trackers;
  },
});
