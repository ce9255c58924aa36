import type { AssetPath, AuthorNotes, Id, LocalizedMarkdown, LocalizedText } from './text';

/** A number a scenario keeps while it runs, such as `integrity` or `trust`. */
export interface ScenarioVariable {
  /** Name used in effects and conditions: a letter then letters, digits or `_`. */
  name: string;
  label: LocalizedText;
  initial: number;
  min?: number;
  max?: number;
  /** Show a meter for it to the learner. Default true. */
  visible?: boolean;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** A change to a variable, applied when a choice is taken or a node is entered. */
export interface Effect {
  variable: string;
  /** add: add `value` (negative to subtract); set: replace with `value`. Results are clamped to min/max. */
  op: 'add' | 'set';
  value: number;
}

/** A comparison of a variable with a number, or a combination of conditions. */
export type Condition =
  | { variable: string; op: '<' | '<=' | '==' | '!=' | '>=' | '>'; value: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Where to go next: a node id, or branches tried in order (the first whose `if` holds; a branch without `if` always holds). */
export type Next = Id | Array<{ if?: Condition; next: Id }>;

/** Fields every scenario node carries. */
export interface NodeBase {
  id: Id;
  /** Changes applied when the learner arrives at this node. */
  effects?: Effect[];
  image?: { src: AssetPath; alt: LocalizedText };
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** A narrator describes the situation. */
export interface NarrationNode extends NodeBase {
  type: 'narration';
  text: LocalizedMarkdown;
  next: Next;
}

/** Characters speak. */
export interface DialogueNode extends NodeBase {
  type: 'dialogue';
  lines: Array<{ character: Id; text: LocalizedText; mood?: 'neutral' | 'happy' | 'worried' | 'angry' | 'sad' | 'surprised' }>;
  next: Next;
}

/** A decision the learner takes. */
export interface ScenarioChoice {
  id: Id;
  text: LocalizedText;
  next: Next;
  effects?: Effect[];
  /** Shown right after the choice, before moving on: the immediate consequence. */
  feedback?: LocalizedMarkdown;
  /** The choice is offered only when this holds. */
  condition?: Condition;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}

/** The learner chooses what to do. */
export interface ChoiceNode extends NodeBase {
  type: 'choice';
  prompt: LocalizedMarkdown;
  /** Who asks, if anyone: a character id. */
  character?: Id;
  choices: ScenarioChoice[];
}

/** An end of the scenario, with its outcome and a debrief. */
export interface EndingNode extends NodeBase {
  type: 'ending';
  /** success: the right way; partial: acceptable with costs; failure: a harmful outcome. */
  outcome: 'success' | 'partial' | 'failure';
  title: LocalizedText;
  debrief: LocalizedMarkdown;
  /** Percent (0–100) this ending is worth. */
  score: number;
}

/** Every scenario node type, told apart by `type`. */
export type ScenarioNode = NarrationNode | DialogueNode | ChoiceNode | EndingNode;

/** A branching scenario: a graph of nodes from `start` to endings. */
export interface Scenario {
  id: Id;
  title: LocalizedText;
  description?: LocalizedMarkdown;
  /** The opening illustration, shown with the description before the scenario starts. */
  image?: { src: AssetPath; alt: LocalizedText };
  variables?: ScenarioVariable[];
  start: Id;
  nodes: ScenarioNode[];
  /** Whether the learner may replay after an ending. Default true. */
  replayable?: boolean;
  /** Notes for authors and reviewers; never shown to learners. */
  notes?: AuthorNotes;
}
