/**
 * The parts of an xAPI 1.0.3 statement a report reads. Statements come from an LRS or an
 * export the organiser made, so every field is treated as possibly missing or malformed.
 */
export interface Actor {
  objectType?: 'Agent' | 'Group';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export type LanguageMap = Record<string, string>;

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  interactionType?: string;
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  steps?: InteractionComponent[];
  extensions?: Record<string, unknown>;
}

export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Statement {
  id?: string;
  actor: Actor;
  verb: { id: string; display?: LanguageMap };
  object: Activity | { objectType: string; id?: string };
  result?: {
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, unknown>;
  };
  context?: {
    registration?: string;
    team?: { name?: string } & Actor;
    contextActivities?: {
      parent?: Activity[];
      grouping?: Activity[];
      category?: Activity[];
      other?: Activity[];
    };
    language?: string;
    extensions?: Record<string, unknown>;
  };
  timestamp?: string;
  stored?: string;
}
