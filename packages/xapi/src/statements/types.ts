/**
 * The xAPI 1.0.3 statement shapes CourseKit builds. Assignable to @xapi/xapi's `Statement` except
 * for `result.score.scaled`, which xAPI makes optional and @xapi/xapi requires
 * (test/xapi-types.test.ts proves both).
 */

/** Text by BCP 47 language tag (xAPI 4.2.7 Language Map). */
export type LanguageMap = Record<string, string>;

/** xAPI 2.4.2.1: an Agent, identified by exactly one inverse functional identifier. */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** xAPI 2.4.3 Verb. */
export interface Verb {
  id: string;
  display?: LanguageMap;
}

/** xAPI interaction types (2.4.4.1, Interaction Activities). */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'long-fill-in' | 'matching' | 'performance' | 'sequencing' | 'likert' | 'numeric' | 'other';

/** An interaction component: a choice, a scale point, a matching source or target, a step. */
export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

/** xAPI 2.4.4.1 Activity Definition, with the interaction properties. */
export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  moreInfo?: string;
  interactionType?: InteractionType;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
  extensions?: Record<string, unknown>;
}

/** xAPI 2.4.4.1 Activity. */
export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

/** xAPI 2.4.5.1 Score. */
export interface Score {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

/** xAPI 2.4.5 Result. */
export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration. */
  duration?: string;
  extensions?: Record<string, unknown>;
}

/** xAPI 2.4.6.2 Context Activities. */
export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

/** xAPI 2.4.6 Context. */
export interface Context {
  registration?: string;
  contextActivities?: ContextActivities;
  revision?: string;
  platform?: string;
  language?: string;
  extensions?: Record<string, unknown>;
}

/** xAPI 2.4 Statement, as CourseKit sends it: always with an id and a timestamp. */
export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp: string;
}
