// A plain page with one <ck-scenario> and an xAPI tracker, as a host page embeds it; a second
// tracker writes down every learning event the element's session hands over, for the test to
// compare with what the LRS received.
import '@coursekit/components/scenario';
import type { LaunchData, LearningEvent, Tracker } from '@coursekit/engine';
import { XapiTracker } from '@coursekit/xapi/xapi';

declare global {
  interface Window {
    handed: LearningEvent[];
  }
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
