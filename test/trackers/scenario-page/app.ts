// A plain page with one <ck-scenario> and an xAPI tracker, as a host page embeds it; a second
// tracker writes down every learning event the element's session hands over, for the test to
// compare with what the LRS received.
import '@coursekit/components/scenario';
import type { LaunchData, LearningEvent, Tracker } from '@coursekit/engine';
import { XapiTracker } from '@coursekit/xapi/xapi';

declare global {
  interface Window {
    handed: LearningEvent[];
    /** The page's pagehide and visibilitychange listeners now registered (added less removed). */
    lifecycleListeners: Record<'pagehide' | 'visibilitychange', number>;
  }
}

// Counts every pagehide and visibilitychange listener of the window and the document: the
// element's session must own the only one of each, its trackers none.
window.lifecycleListeners = { pagehide: 0, visibilitychange: 0 };
for (const target of [window, document] as EventTarget[]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const count = (type: string, by: number) => {
    if (type === 'pagehide' || type === 'visibilitychange') window.lifecycleListeners[type] += by;
  };
  target.addEventListener = (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => (count(type, 1), add(type, fn, options));
  target.removeEventListener = (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => (count(type, -1), remove(type, fn, options));
}

const params = new URLSearchParams(location.search);
window.handed = [];
const recorder: Tracker = {
  name: 'recorder',
  launch: async (): Promise<LaunchData> => ({ learner: { id: null, name: null }, snapshot: null, passingScore: null, language: null, mode: 'normal', notices: [] }),
  handle: (event) => void window.handed.push(event),
  save: () => {},
  terminate: async () => {},
};
const scenario = document.createElement('ck-scenario');
scenario.trackers = [
  new XapiTracker({
    endpoint: params.get('endpoint')!,
    auth: 'Basic dGVzdDp0ZXN0',
    actor: JSON.parse(params.get('actor')!),
    registration: params.get('registration')!,
    activityId: 'https://learn.example.go.id/courses/scenario-page',
  }),
  recorder,
];
scenario.scenarioId = 'parcel';
scenario.lang = 'id';
scenario.src = '/course.json';
document.querySelector('main')!.append(scenario);
