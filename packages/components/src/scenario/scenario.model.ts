import type { LocalizedText, Scenario } from '@coursekit/schema';

/** A visible scenario variable as a meter shows it. */
export interface MeterState {
  name: string;
  label: LocalizedText;
  value: number;
  min: number;
  max: number;
  /** Change since the previous view (0 when unchanged). */
  delta: number;
}

/**
 * The meters to show: every variable not marked `visible: false`, in declaration order.
 * A variable without bounds gets 0..100, widened to fit its value, so the bar stays meaningful.
 *
 * @example
 * meterStates(scenario, { integrity: 65 }); // [{ name: 'integrity', value: 65, min: 0, max: 100, … }]
 */
export function meterStates(scenario: Scenario, variables: Record<string, number>): MeterState[] {
  return (scenario.variables ?? [])
    .filter((v) => v.visible !== false)
    .map((v) => {
      const value = variables[v.name] ?? v.initial;
      const min = Math.min(v.min ?? 0, value);
      const max = Math.max(v.max ?? 100, value);
      return { name: v.name, label: v.label, value, min, max, delta: 0 };
    });
}

/**
 * The visible meters whose value changed between two views, with the change.
 *
 * @example
 * meterChanges(scenario, { integrity: 50 }, { integrity: 65 }); // [{ name: 'integrity', delta: 15, value: 65, … }]
 */
export function meterChanges(scenario: Scenario, before: Record<string, number>, after: Record<string, number>): MeterState[] {
  const old = new Map(meterStates(scenario, before).map((m) => [m.name, m.value]));
  return meterStates(scenario, after)
    .map((m) => ({ ...m, delta: m.value - (old.get(m.name) ?? m.value) }))
    .filter((m) => m.delta !== 0);
}

/** One step of the path: the question asked and the choice taken. */
export interface PathStep {
  nodeId: string;
  choiceId: string;
  prompt: LocalizedText;
  choice: LocalizedText;
}

/**
 * The path recap: each choice id the engine recorded, with its node's prompt and its text.
 * Choice ids are unique within a node but may repeat across nodes, so each id is looked up
 * from the node after the previous step's, falling back to the first node that offers it.
 *
 * @example
 * pathRecap(scenario, ['refuse-parcel']); // [{ nodeId: 'parcel-choice', choiceId: 'refuse-parcel', … }]
 */
export function pathRecap(scenario: Scenario, path: readonly string[]): PathStep[] {
  const choiceNodes = scenario.nodes.filter((n) => n.type === 'choice');
  const steps: PathStep[] = [];
  let from = 0;
  for (const choiceId of path) {
    const order = [...choiceNodes.slice(from), ...choiceNodes.slice(0, from)];
    const node = order.find((n) => n.choices.some((c) => c.id === choiceId));
    const choice = node?.choices.find((c) => c.id === choiceId);
    if (!node || !choice) continue;
    steps.push({ nodeId: node.id, choiceId, prompt: node.prompt, choice: choice.text });
    from = choiceNodes.indexOf(node) + 1;
  }
  return steps;
}
