import type { Score } from '@coursekit/engine';

/** detail of `ck-scenario-start`. */
export interface ScenarioStartDetail {
  scenarioId: string;
  /** 1 for the first play, 2 for the first replay… */
  run: number;
}

/**
 * A scenario run began: the learner pressed start or replay.
 *
 * @example
 * el.addEventListener('ck-scenario-start', (e) => console.log(e.detail.run));
 */
export class CkScenarioStartEvent extends Event {
  constructor(readonly detail: ScenarioStartDetail) {
    super('ck-scenario-start', { bubbles: true, composed: true });
  }
}

/** detail of `ck-choice`. */
export interface ChoiceDetail {
  scenarioId: string;
  nodeId: string;
  choiceId: string;
  /** The choice's text in the language shown. */
  choiceText: string;
  /** Variables after the choice's effects. */
  variables: Record<string, number>;
}

/**
 * The learner took a choice in a scenario.
 *
 * @example
 * el.addEventListener('ck-choice', (e) => console.log(e.detail.choiceId, e.detail.variables));
 */
export class CkChoiceEvent extends Event {
  constructor(readonly detail: ChoiceDetail) {
    super('ck-choice', { bubbles: true, composed: true });
  }
}

/** detail of `ck-scenario-end`. */
export interface ScenarioEndDetail {
  scenarioId: string;
  endingId: string;
  outcome: 'success' | 'partial' | 'failure';
  score: Score;
  /** Choice ids taken, in order. */
  path: string[];
  variables: Record<string, number>;
}

/**
 * A scenario run reached an ending.
 *
 * @example
 * el.addEventListener('ck-scenario-end', (e) => console.log(e.detail.outcome, e.detail.path));
 */
export class CkScenarioEndEvent extends Event {
  constructor(readonly detail: ScenarioEndDetail) {
    super('ck-scenario-end', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-scenario-start': CkScenarioStartEvent;
    'ck-choice': CkChoiceEvent;
    'ck-scenario-end': CkScenarioEndEvent;
  }
}
