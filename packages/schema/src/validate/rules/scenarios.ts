import { CODES } from '../codes';
import { didYouMean } from '../suggest';
import { isRecord, type Typed } from '../walk';
import { isWithin } from '../pointer';
import { arr, duplicates, num, quoteList, records, str, type Rule, type RuleContext } from './rule';

/** One way out of a node: where it goes, and where that is written. */
interface Edge {
  target: string;
  pointer: string;
  /** 'choice "accept"' or 'node "arrival"', for messages. */
  from: string;
}

/** The targets of a `next`: a node id, or each branch's `next`. Dead branches are reported as found. */
function nextEdges(next: unknown, pointer: string, from: string, context: RuleContext, scenarioId: string): Edge[] {
  if (typeof next === 'string') return [{ target: next, pointer, from }];
  if (!Array.isArray(next)) return [];
  const edges: Edge[] = [];
  let unconditional: number | undefined;
  next.forEach((branch, i) => {
    if (!isRecord(branch)) return;
    if (unconditional !== undefined) {
      context.report({
        code: CODES.deadBranch,
        severity: 'warning',
        pointer: `${pointer}/${i}`,
        message: `scenario "${scenarioId}": ${from} has a branch after branch ${unconditional + 1}, which has no "if" and is always taken, so this branch never is`,
        hint: 'give the earlier branch an "if", or move the branch without "if" to the end',
      });
    }
    if (branch.if === undefined && unconditional === undefined) unconditional = i;
    if (typeof branch.next === 'string') edges.push({ target: branch.next, pointer: `${pointer}/${i}/next`, from });
  });
  return edges;
}

function checkScenario(context: RuleContext, scenario: Typed & { value: Record<string, unknown> }): void {
  const id = str(scenario.value, 'id') ?? '?';
  const at = scenario.pointer;
  const prefix = `scenario "${id}"`;

  const nodes = new Map<string, { record: Record<string, unknown>; pointer: string }>();
  const nodeIds: Array<readonly [string, string]> = [];
  arr(scenario.value, 'nodes').forEach((node, i) => {
    if (!isRecord(node) || typeof node.id !== 'string') return;
    nodeIds.push([node.id, `${at}/nodes/${i}/id`]);
    if (!nodes.has(node.id)) nodes.set(node.id, { record: node, pointer: `${at}/nodes/${i}` });
  });
  duplicates(nodeIds, (nodeId, pointer, first) =>
    context.report({ code: CODES.duplicateNode, pointer, related: first, message: `${prefix}: node id "${nodeId}" is used twice`, hint: 'give this node another id, and point the nexts that mean it at the new id' }),
  );
  const known = [...nodes.keys()];

  // Edges of each node, checking that every target exists.
  const edges = new Map<string, string[]>();
  for (const [nodeId, { record, pointer }] of nodes) {
    const out: Edge[] = [];
    if (record.type === 'choice') {
      const choiceIds: Array<readonly [string, string]> = [];
      arr(record, 'choices').forEach((choice, i) => {
        if (!isRecord(choice)) return;
        const choiceId = typeof choice.id === 'string' ? choice.id : `${i + 1}`;
        if (typeof choice.id === 'string') choiceIds.push([choice.id, `${pointer}/choices/${i}/id`]);
        out.push(...nextEdges(choice.next, `${pointer}/choices/${i}/next`, `choice "${choiceId}"`, context, id));
      });
      duplicates(choiceIds, (choiceId, p, first) =>
        context.report({ code: CODES.duplicateChoice, pointer: p, related: first, message: `${prefix}: node "${nodeId}" has the choice id "${choiceId}" twice`, hint: 'each choice of a node needs its own id; tracking records choices by id' }),
      );
    } else if (record.type !== 'ending') {
      out.push(...nextEdges(record.next, `${pointer}/next`, `node "${nodeId}"`, context, id));
    }
    for (const edge of out) {
      if (nodes.has(edge.target)) continue;
      const hint = didYouMean(edge.target, known);
      context.report({ code: CODES.danglingNext, pointer: edge.pointer, message: `${prefix}: ${edge.from} goes to "${edge.target}", which does not exist`, ...(hint !== undefined ? { hint } : {}) });
    }
    edges.set(nodeId, out.map((e) => e.target).filter((t) => nodes.has(t)));
  }

  const start = scenario.value.start;
  if (typeof start === 'string' && !nodes.has(start)) {
    const hint = didYouMean(start, known);
    context.report({ code: CODES.unknownStart, pointer: `${at}/start`, message: `${prefix}: the start node "${start}" does not exist`, ...(hint !== undefined ? { hint } : {}) });
  }
  if (typeof start === 'string' && nodes.has(start)) checkGraph(context, prefix, start, nodes, edges);
  checkVariables(context, scenario, prefix);
}

function checkGraph(
  context: RuleContext,
  prefix: string,
  start: string,
  nodes: Map<string, { record: Record<string, unknown>; pointer: string }>,
  edges: Map<string, string[]>,
): void {
  const reachable = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const target of edges.get(queue.pop() as string) ?? []) {
      if (!reachable.has(target)) {
        reachable.add(target);
        queue.push(target);
      }
    }
  }
  for (const [nodeId, { pointer }] of nodes) {
    if (!reachable.has(nodeId)) {
      context.report({ code: CODES.unreachableNode, pointer: pointer + '/id', message: `${prefix}: node "${nodeId}" cannot be reached from the start node "${start}"`, hint: 'point a next or a choice at it, or remove it' });
    }
  }

  const endings = [...nodes].filter(([, { record }]) => record.type === 'ending').map(([nodeId]) => nodeId);
  if (endings.length === 0) {
    const firstNode = nodes.values().next().value as { pointer: string };
    context.report({ code: CODES.noEnding, pointer: parentPointer(firstNode.pointer), message: `${prefix} has no ending node, so it can never finish`, hint: 'add a node { "type": "ending", "outcome": "success", … } and point a next at it' });
    return;
  }
  // Conditions are not evaluated: a node passes when some way out, taken or not, leads to an ending.
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const list = reverse.get(to);
      if (list === undefined) reverse.set(to, [from]);
      else list.push(from);
    }
  }
  const canEnd = new Set(endings);
  const back = [...endings];
  while (back.length > 0) {
    for (const from of reverse.get(back.pop() as string) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        back.push(from);
      }
    }
  }
  for (const [nodeId, { pointer }] of nodes) {
    if (reachable.has(nodeId) && !canEnd.has(nodeId)) {
      context.report({ code: CODES.noWayToEnding, pointer: pointer + '/id', message: `${prefix}: from node "${nodeId}" no path leads to an ending (${quoteList(endings)}); a learner who gets there is stuck`, hint: 'point one of its nexts or choices at a node that leads to an ending' });
    }
  }
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function checkVariables(context: RuleContext, scenario: Typed & { value: Record<string, unknown> }, prefix: string): void {
  const declared: Array<readonly [string, string]> = [];
  arr(scenario.value, 'variables').forEach((variable, i) => {
    if (!isRecord(variable) || typeof variable.name !== 'string') return;
    const pointer = `${scenario.pointer}/variables/${i}`;
    declared.push([variable.name, pointer + '/name']);
    const min = num(variable, 'min');
    const max = num(variable, 'max');
    const initial = num(variable, 'initial');
    if (min !== undefined && max !== undefined && min > max) {
      context.report({ code: CODES.variableRange, pointer: pointer + '/min', message: `${prefix}: variable "${variable.name}" has min ${min} above max ${max}`, hint: 'swap them' });
    } else if (initial !== undefined && ((min !== undefined && initial < min) || (max !== undefined && initial > max))) {
      context.report({ code: CODES.variableRange, pointer: pointer + '/initial', message: `${prefix}: variable "${variable.name}" starts at ${initial}, outside its range ${min ?? '−∞'} to ${max ?? '∞'}`, hint: 'set "initial" between "min" and "max"' });
    }
  });
  duplicates(declared, (name, pointer, first) =>
    context.report({ code: CODES.duplicateVariable, pointer, related: first, message: `${prefix}: variable "${name}" is declared twice`, hint: 'remove one declaration' }),
  );
  const names = declared.map(([name]) => name);
  for (const def of ['Effect', 'Comparison']) {
    for (const use of records(context.index, def)) {
      if (!isWithin(use.pointer, scenario.pointer)) continue;
      const name = use.value.variable;
      if (typeof name !== 'string' || names.includes(name)) continue;
      const hint = didYouMean(name, names) ?? (names.length === 0 ? `declare it in the scenario's "variables": { "name": "${name}", "label": …, "initial": 0 }` : undefined);
      context.report({ code: CODES.undeclaredVariable, pointer: use.pointer + '/variable', message: `${prefix}: ${def === 'Effect' ? 'an effect changes' : 'a condition reads'} the variable "${name}", which the scenario does not declare`, ...(hint !== undefined ? { hint } : {}) });
    }
  }
}

/**
 * Scenario graphs hold together: the start exists, every next goes to a node, every node is
 * reachable from the start and can reach an ending, ids are unique in the scenario, and every
 * variable an effect or condition names is declared, with a possible range.
 */
export const scenarioGraphs: Rule = {
  name: 'scenario-graphs',
  run(context) {
    for (const scenario of records(context.index, 'Scenario')) checkScenario(context, scenario);
  },
};
