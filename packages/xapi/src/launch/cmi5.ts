import { CMI5 } from '../cmi5/profile';
import type { LrsClient } from '../delivery/client';
import type { Agent, Context } from '../statements/types';
import { isUuid } from '../statements/uuid';
import { parseActor } from './actor';
import type { LaunchProblem } from './tincan';

/** The cmi5 launch URL parameters (cmi5 8.1). */
export interface Cmi5LaunchParams {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

/** How the LMS wants the AU to judge completion (cmi5 13.1.4, moveOn). */
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** The LMS.LaunchData state document (cmi5 10.0). */
export interface Cmi5LaunchData {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  launchParameters?: string;
  /** 0..1 */
  masteryScore?: number;
  moveOn: MoveOn;
  returnURL?: string;
  entitlementKey?: { courseStructure?: string; alternate?: string };
}

/**
 * Reads the five cmi5 launch parameters. Returns null when `fetch` is missing (not a cmi5 launch);
 * problems name every parameter that is missing or malformed.
 *
 * @example
 * const launch = parseCmi5Launch(location.href);
 * if (launch && !launch.problems.length) start(launch.value);
 */
export function parseCmi5Launch(url: string | URL): { value: Cmi5LaunchParams; problems: LaunchProblem[] } | null {
  const params = new URL(String(url), 'http://localhost/').searchParams;
  const fetchUrl = params.get('fetch');
  if (!fetchUrl) return null;
  const problems: LaunchProblem[] = [];
  const endpoint = params.get('endpoint') ?? '';
  if (!endpoint) problems.push({ parameter: 'endpoint', message: 'the cmi5 launch has no endpoint' });
  const actor = parseActor(params.get('actor'));
  if (!actor) problems.push({ parameter: 'actor', message: `actor ${String(params.get('actor')).slice(0, 200)} is not an xAPI Agent` });
  // cmi5 9.2: the actor of cmi5 defined statements is an Agent with an account.
  else if (!actor.account) problems.push({ parameter: 'actor', message: 'the cmi5 actor has no account (cmi5 9.2 requires one)' });
  const registration = params.get('registration') ?? '';
  if (!isUuid(registration)) problems.push({ parameter: 'registration', message: `registration "${registration}" is not a UUID` });
  const activityId = params.get('activityId') ?? '';
  if (!activityId) problems.push({ parameter: 'activityId', message: 'the cmi5 launch has no activityId' });
  return { value: { endpoint, fetch: fetchUrl, actor: actor ?? { objectType: 'Agent' }, registration, activityId }, problems };
}

/**
 * The one POST to the fetch URL for the session's auth token (cmi5 8.2). The LMS answers 200 with
 * either {"auth-token": "…"} or {"error-code": "1|2|3", "error-text": "…"}.
 *
 * @example
 * const token = await fetchAuthToken(launch.fetch);
 * if (token.ok) auth = `Basic ${token.token}`;
 */
export async function fetchAuthToken(url: string, doFetch: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
  try {
    const response = await doFetch(url, { method: 'POST', cache: 'no-store', credentials: 'same-origin' });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return { ok: false, message: `the fetch URL answered HTTP ${response.status} with something that is not JSON: ${text.slice(0, 200)}` };
    }
    const token = body['auth-token'];
    if (response.ok && typeof token === 'string' && token) return { ok: true, token };
    if (body['error-code'] !== undefined) return { ok: false, message: `the LMS refused the token (cmi5 error-code ${String(body['error-code'])}: ${String(body['error-text'] ?? '')})` };
    return { ok: false, message: `the fetch URL answered HTTP ${response.status} without an auth-token` };
  } catch (error) {
    return { ok: false, message: `the fetch URL could not be reached: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const MOVE_ON: readonly MoveOn[] = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];

/** Checks a LMS.LaunchData document, returning it typed or the reasons it cannot be used. */
export function readLaunchData(value: unknown): { ok: true; data: Cmi5LaunchData } | { ok: false; message: string } {
  if (!value || typeof value !== 'object') return { ok: false, message: 'LMS.LaunchData is missing or not a JSON object' };
  const v = value as Record<string, unknown>;
  if (!v.contextTemplate || typeof v.contextTemplate !== 'object') return { ok: false, message: 'LMS.LaunchData has no contextTemplate' };
  const launchMode = v.launchMode;
  if (launchMode !== 'Normal' && launchMode !== 'Browse' && launchMode !== 'Review') return { ok: false, message: `LMS.LaunchData launchMode "${String(launchMode)}" is not Normal, Browse or Review` };
  const data: Cmi5LaunchData = { contextTemplate: v.contextTemplate as Context, launchMode, moveOn: MOVE_ON.includes(v.moveOn as MoveOn) ? (v.moveOn as MoveOn) : 'NotApplicable' };
  if (typeof v.masteryScore === 'number' && v.masteryScore >= 0 && v.masteryScore <= 1) data.masteryScore = v.masteryScore;
  if (typeof v.returnURL === 'string' && v.returnURL) data.returnURL = v.returnURL;
  if (typeof v.launchParameters === 'string') data.launchParameters = v.launchParameters;
  if (v.entitlementKey && typeof v.entitlementKey === 'object') data.entitlementKey = v.entitlementKey as Cmi5LaunchData['entitlementKey'];
  return { ok: true, data };
}

/**
 * Reads LMS.LaunchData (cmi5 10.0) and the learner's preferred languages from the
 * cmi5LearnerPreferences agent profile (cmi5 11.0: the AU MUST read it on startup).
 */
export async function loadCmi5LaunchData(
  lrs: LrsClient,
  launch: Cmi5LaunchParams,
): Promise<{ ok: true; data: Cmi5LaunchData; languages: string[] } | { ok: false; message: string; detail?: string }> {
  const state = await lrs.getState({ activityId: launch.activityId, agent: launch.actor, registration: launch.registration, stateId: CMI5.launchDataStateId });
  if (!state.ok) return { ok: false, message: `LMS.LaunchData could not be read (${state.kind === 'http' ? `HTTP ${state.status}` : state.kind})`, detail: state.message };
  const data = readLaunchData(state.value);
  if (!data.ok) return data;
  const prefs = await lrs.getAgentProfile({ agent: launch.actor, profileId: CMI5.learnerPreferencesProfileId });
  const pref = prefs.ok && prefs.value && typeof prefs.value === 'object' ? (prefs.value as { languagePreference?: unknown }).languagePreference : undefined;
  const languages = typeof pref === 'string' ? pref.split(',').map((l) => l.trim()).filter(Boolean) : [];
  return { ok: true, data: data.data, languages };
}
