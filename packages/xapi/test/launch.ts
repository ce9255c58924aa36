import type { Cmi5LaunchData, Cmi5LaunchParams } from '../src/launch/cmi5';
import type { Agent } from '../src/statements/types';
import { uuid } from '../src/statements/uuid';
import type { Fixture } from './servers/fixture';

/** The publisher's AU id from the course structure (cmi5.xml), in the context template's grouping. */
export const PUBLISHER_ID = 'urn:coursekit:gratuity-basics';

/**
 * Does what a cmi5 LMS does before a launch: writes LMS.LaunchData (with a fresh session id) and
 * the learner's preferences, issues a one-time fetch URL, and returns the launch URL with its
 * five parameters (cmi5 8.1).
 */
export function cmi5Launch(
  fixture: Fixture,
  options: Partial<Omit<Cmi5LaunchData, 'contextTemplate'>> & { registration?: string; actor?: Agent; activityId?: string; languagePreference?: string } = {},
): { url: string; params: Cmi5LaunchParams; data: Cmi5LaunchData; sessionId: string } {
  const actor: Agent = options.actor ?? { objectType: 'Agent', name: 'Ana Wijaya', account: { homePage: 'https://lms.example.go.id', name: `ASN-${uuid().slice(0, 8)}` } };
  const registration = options.registration ?? uuid();
  const activityId = options.activityId ?? `https://lms.example.go.id/au/${uuid()}`;
  const sessionId = uuid();
  const data: Cmi5LaunchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
    },
    launchMode: options.launchMode ?? 'Normal',
    moveOn: options.moveOn ?? 'CompletedAndPassed',
    ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
    ...(options.returnURL ? { returnURL: options.returnURL } : {}),
  };
  fixture.putState({ activityId, agent: actor, registration, stateId: 'LMS.LaunchData' }, data);
  if (options.languagePreference) fixture.putAgentProfile(actor, 'cmi5LearnerPreferences', { languagePreference: options.languagePreference, audioPreference: 'on' });
  const params: Cmi5LaunchParams = { endpoint: fixture.endpoint, fetch: fixture.fetchUrl(btoa('test:test')), actor, registration, activityId };
  const query = new URLSearchParams({ endpoint: params.endpoint, fetch: params.fetch, actor: JSON.stringify(actor), registration, activityId });
  return { url: `${fixture.origin}/au/index.html?${query}`, params, data, sessionId };
}

/** A TinCan launch URL as an LMS builds it (endpoint, auth, actor, registration, activity_id). */
export function tincanLaunch(fixture: Fixture, extra: Record<string, string> = {}): { url: string; actor: Agent; registration: string } {
  const actor: Agent = { objectType: 'Agent', name: 'Budi Santoso', mbox: `mailto:budi.${uuid().slice(0, 8)}@example.go.id` };
  const registration = uuid();
  const query = new URLSearchParams({ endpoint: fixture.endpoint, auth: 'Basic dGVzdDp0ZXN0', actor: JSON.stringify(actor), registration, activity_id: 'https://learn.example.go.id/courses/gratuity', ...extra });
  return { url: `${fixture.origin}/course/index.html?${query}`, actor, registration };
}
