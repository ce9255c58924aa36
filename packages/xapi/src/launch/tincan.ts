import type { Agent } from '../statements/types';
import { isUuid } from '../statements/uuid';
import { parseActor } from './actor';

/** What an LMS passes to an xAPI (TinCan) launch in the query string. */
export interface TinCanLaunch {
  endpoint: string;
  /** The Authorization header value the LMS made for this launch, if any. */
  auth: string | null;
  actor: Agent | null;
  registration: string | null;
  /** The activity id the LMS knows the course by. */
  activityId: string | null;
  /** The learner's organisation unit, when the launch carries one (`organisation_unit`). */
  organisationUnit: string | null;
}

/** A launch that could not be used, and why (each problem names the parameter). */
export interface LaunchProblem {
  parameter: string;
  message: string;
}

/**
 * Reads the TinCan launch parameters ("Launching an xAPI activity", Rustici's launch guideline,
 * which LMSs follow): endpoint, auth, actor, registration, activity_id. Returns null when the URL
 * has no `endpoint` (not an xAPI launch).
 *
 * @example
 * const launch = parseTinCanLaunch('https://cdn.example.go.id/ir/index.html?endpoint=https%3A%2F%2Flrs.example.go.id%2Fxapi%2F&auth=Basic%20dG9rZW4%3D&actor=%7B%22mbox%22%3A%22mailto%3Aana%40example.go.id%22%7D');
 * launch.value.endpoint; // 'https://lrs.example.go.id/xapi/'
 */
export function parseTinCanLaunch(url: string | URL): { value: TinCanLaunch; problems: LaunchProblem[] } | null {
  const params = new URL(String(url), 'http://localhost/').searchParams;
  const endpoint = params.get('endpoint');
  if (!endpoint) return null;
  const problems: LaunchProblem[] = [];
  try {
    new URL(endpoint);
  } catch {
    problems.push({ parameter: 'endpoint', message: `endpoint "${endpoint}" is not an absolute URL` });
  }
  const actorRaw = params.get('actor');
  const actor = parseActor(actorRaw);
  if (actorRaw && !actor) problems.push({ parameter: 'actor', message: `actor ${actorRaw.slice(0, 200)} is not an xAPI Agent with an mbox, account, mbox_sha1sum or openid` });
  let registration = params.get('registration');
  if (registration && !isUuid(registration)) {
    problems.push({ parameter: 'registration', message: `registration "${registration}" is not a UUID; statements are sent without one` });
    registration = null;
  }
  return {
    value: {
      endpoint,
      auth: params.get('auth'),
      actor,
      registration: registration || null,
      activityId: params.get('activity_id'),
      organisationUnit: params.get('organisation_unit'),
    },
    problems,
  };
}
