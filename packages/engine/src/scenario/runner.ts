import type { LocalizedText, Scenario, ScenarioNode } from '@coursekit/schema';
import type { Refusal, ScenarioView } from '../api';
import type { ScenarioSnapshot } from '../snapshot';
import { copy, objectOr, refuse, strings, type EngineContext } from '../context';
import { EngineError, EngineErrorCode } from '../errors';
import { applyEffects, clamp, holds, initialVariables, resolveNext } from './conditions';

/** What one step back returns to. */
interface Step {
  nodeId: string;
  variables: Record<string, number>;
  path: string[];
  feedback: LocalizedText | null;
}

interface RunState extends ScenarioSnapshot {
  /** Endings reached in any run, in the order first reached. */
  reached: string[];
  /** The states before each step of this run, newest last, for `back`. Not saved: rebuilt on restore by {@link replayHistory}. */
  history: Step[];
  /** Feedback of the last choice until the learner moves on. Not saved: a resumed learner sees the node that follows. */
  feedback: LocalizedText | null;
  /** When this run began (in this session). */
  startedAt: number;
  /** When the current node was shown, for choice latency. */
  shownAt: number;
}

/**
 * Plays the course's branching scenarios: runs, variables, effects, conditions, endings, replay.
 *
 * @example
 * const scenarios = new ScenarioRunner(context);
 * scenarios.view('parcel').node.id; // 'arrive'
 */
export class ScenarioRunner {
  private readonly runs = new Map<string, RunState>();

  constructor(private readonly ctx: EngineContext) {}

  private definition(id: string): { scenario: Scenario; nodes: Map<string, ScenarioNode> } {
    const found = this.ctx.index.scenarios.get(id);
    if (!found) throw new EngineError(EngineErrorCode.unknownId, `scenario "${id}" is not in the course`);
    return found;
  }

  /** The state of a scenario, starting run 1 if it has not begun. */
  view(id: string): ScenarioView {
    if (!this.runs.has(id)) this.begin(id, 1, null);
    return this.render(id);
  }

  /** Whether some run of the scenario has reached an ending. */
  ended(id: string): boolean {
    const best = this.runs.get(id)?.best;
    return best !== undefined && best !== null;
  }

  choose(id: string, choiceId: string): ScenarioView | Refusal {
    const { scenario, nodes } = this.definition(id);
    const s = this.runs.get(id);
    if (!s) return refuse('not-started', `scenario "${id}" has not started`);
    if (s.endingId !== null) return refuse('ended', `scenario "${id}" has ended at "${s.endingId}"`);
    const node = nodes.get(s.nodeId)!;
    if (node.type !== 'choice') return refuse('unavailable-choice', `scenario "${id}" is at ${node.type} node "${node.id}", which has no choices`);
    const offered = node.choices.filter((c) => !c.condition || holds(c.condition, s.variables));
    const choice = offered.find((c) => c.id === choiceId);
    if (!choice) {
      const why = node.choices.some((c) => c.id === choiceId) ? 'its condition does not hold' : 'it is not one of its choices';
      return refuse('unavailable-choice', `scenario "${id}": choice "${choiceId}" is not offered at "${node.id}": ${why}`);
    }
    this.remember(s);
    applyEffects(scenario, choice.effects, s.variables);
    s.path.push(choice.id);
    const now = this.ctx.now();
    this.ctx.emit({
      type: 'scenario-choice',
      scenarioId: id,
      run: s.run,
      nodeId: node.id,
      choiceId: choice.id,
      choiceText: this.ctx.text(choice.text),
      promptText: this.ctx.text(node.prompt),
      offered: offered.map((c) => c.id),
      variables: { ...s.variables },
      latencyMs: Math.max(0, now - s.shownAt),
    });
    s.feedback = choice.feedback ?? null;
    this.enter(id, resolveNext(choice.next, s.variables));
    return this.render(id);
  }

  advance(id: string): ScenarioView | Refusal {
    const { nodes } = this.definition(id);
    const s = this.runs.get(id);
    if (!s) return refuse('not-started', `scenario "${id}" has not started`);
    if (s.feedback !== null) {
      if (s.endingId === null) this.remember(s);
      s.feedback = null;
      return this.render(id);
    }
    const node = nodes.get(s.nodeId)!;
    if (node.type === 'ending') return refuse('ended', `scenario "${id}" has ended at "${node.id}"`);
    if (node.type === 'choice') return refuse('unavailable-choice', `scenario "${id}" waits for a choice at "${node.id}"`);
    this.remember(s);
    this.enter(id, resolveNext(node.next, s.variables));
    return this.render(id);
  }

  /**
   * Undoes the learner's last step of this run (a choice, or moving on): the node, variables, path
   * and feedback are as they were before it. Refused at an ending (replay instead) and when there
   * is no step to undo (the run's start, or a run just resumed). Emits nothing: the choice already
   * taken stays recorded, and taking one again records it again.
   */
  back(id: string): ScenarioView | Refusal {
    const s = this.runs.get(id);
    if (!s) return refuse('not-started', `scenario "${id}" has not started`);
    if (s.endingId !== null) return refuse('ended', `scenario "${id}" has ended at "${s.endingId}"; replay starts it again`);
    const step = s.history.pop();
    if (!step) return refuse('unavailable-choice', `scenario "${id}" is at "${s.nodeId}" with no step to go back to`);
    Object.assign(s, { nodeId: step.nodeId, variables: step.variables, path: step.path, feedback: step.feedback, shownAt: this.ctx.now() });
    return this.render(id);
  }

  private remember(s: RunState): void {
    s.history.push({ nodeId: s.nodeId, variables: { ...s.variables }, path: [...s.path], feedback: s.feedback });
  }

  replay(id: string): ScenarioView | Refusal {
    const { scenario } = this.definition(id);
    const s = this.runs.get(id);
    if (!s) return refuse('not-started', `scenario "${id}" has not started`);
    if (s.endingId === null) return refuse('unavailable-choice', `scenario "${id}" is at "${s.nodeId}"; replay is offered after an ending`);
    if (scenario.replayable === false) return refuse('ended', `scenario "${id}" cannot be replayed (replayable: false)`);
    this.begin(id, s.run + 1, s.best);
    return this.render(id);
  }

  private begin(id: string, run: number, best: number | null): void {
    const { scenario } = this.definition(id);
    const now = this.ctx.now();
    const reached = this.runs.get(id)?.reached ?? [];
    this.runs.set(id, { run, nodeId: scenario.start, variables: initialVariables(scenario), path: [], endingId: null, best, reached, history: [], feedback: null, startedAt: now, shownAt: now });
    this.ctx.emit({ type: 'scenario-started', scenarioId: id, run });
    this.enter(id, scenario.start);
  }

  /** Arrives at a node: its effects apply; an ending ends the run. */
  private enter(id: string, nodeId: string): void {
    const { scenario, nodes } = this.definition(id);
    const s = this.runs.get(id)!;
    const node = nodes.get(nodeId);
    if (!node) {
      // A dangling `next` (the validator reports it as an error): stay where we are.
      console.warn(`[coursekit engine] scenario "${id}": node "${nodeId}" does not exist; staying at "${s.nodeId}"`);
      return;
    }
    s.nodeId = node.id;
    s.shownAt = this.ctx.now();
    applyEffects(scenario, node.effects, s.variables);
    if (node.type !== 'ending') return;
    s.endingId = node.id;
    s.history = [];
    if (!s.reached.includes(node.id)) s.reached.push(node.id);
    const scaled = node.score / 100;
    s.best = s.best === null ? scaled : Math.max(s.best, scaled);
    this.ctx.emit({
      type: 'scenario-ended',
      scenarioId: id,
      run: s.run,
      endingId: node.id,
      outcome: node.outcome,
      score: { raw: node.score, min: 0, max: 100, scaled },
      variables: { ...s.variables },
      path: [...s.path],
      durationMs: Math.max(0, s.shownAt - s.startedAt),
    });
  }

  private render(id: string): ScenarioView {
    const { nodes } = this.definition(id);
    const s = this.runs.get(id)!;
    const node = nodes.get(s.nodeId)!;
    const choices = node.type === 'choice' ? node.choices.filter((c) => !c.condition || holds(c.condition, s.variables)) : [];
    return {
      id,
      run: s.run,
      node,
      choices,
      variables: { ...s.variables },
      path: [...s.path],
      ending: node.type === 'ending' ? node : null,
      feedback: s.feedback,
      canGoBack: s.history.length > 0,
      reached: [...s.reached],
    };
  }

  snapshot(): Record<string, ScenarioSnapshot> {
    const out: Record<string, ScenarioSnapshot> = {};
    for (const [id, s] of this.runs) {
      out[id] = { run: s.run, nodeId: s.nodeId, variables: { ...s.variables }, path: [...s.path], endingId: s.endingId, best: s.best, ...(s.reached.length ? { reached: [...s.reached] } : {}) };
    }
    return out;
  }

  /**
   * Takes saved runs back, keeping what still exists in the course: unknown scenarios are
   * dropped; a node that no longer exists restarts the run at `start` (run number and best
   * kept); undeclared variables are dropped, new ones get their initial value, all are clamped;
   * path entries that are no choice of the scenario are dropped. Returns a note per change.
   */
  restore(saved: Partial<Record<string, ScenarioSnapshot>>): string[] {
    const notes: string[] = [];
    const now = this.ctx.now();
    for (const [id, raw] of Object.entries(saved)) {
      const found = this.ctx.index.scenarios.get(id);
      if (!found) {
        notes.push(`scenario "${id}" is no longer in the course; its state was dropped`);
        continue;
      }
      const { scenario, nodes } = found;
      const s = objectOr<ScenarioSnapshot>(copy(raw));
      const savedPath = strings(s.path);
      const choiceIds = new Set(scenario.nodes.flatMap((n) => (n.type === 'choice' ? n.choices.map((c) => c.id) : [])));
      const variables = initialVariables(scenario);
      for (const name of Object.keys(variables)) {
        const v = objectOr<Record<string, number>>(s.variables)[name];
        if (typeof v === 'number' && Number.isFinite(v)) variables[name] = clamp(scenario, name, v);
      }
      const state: RunState = {
        run: Math.max(1, Math.floor(Number(s.run)) || 1),
        nodeId: String(s.nodeId),
        variables,
        path: savedPath.filter((c) => choiceIds.has(c)),
        endingId: null,
        best: typeof s.best === 'number' ? Math.min(1, Math.max(0, s.best)) : null,
        reached: strings(s.reached).filter((e) => nodes.get(e)?.type === 'ending'),
        history: [],
        feedback: null,
        startedAt: now,
        shownAt: now,
      };
      if (state.path.length !== (Array.isArray(s.path) ? s.path.length : 0)) notes.push(`scenario "${id}": choices no longer in the course were dropped from the path`);
      const node = nodes.get(state.nodeId);
      if (!node) {
        notes.push(`scenario "${id}": node "${state.nodeId}" is no longer in the course; run ${state.run} starts again`);
        Object.assign(state, { nodeId: scenario.start, variables: initialVariables(scenario), path: [] });
        applyEffects(scenario, nodes.get(scenario.start)?.effects, state.variables);
      } else if (node.type === 'ending') {
        state.endingId = node.id;
        if (state.best === null) state.best = node.score / 100;
        if (!state.reached.includes(node.id)) state.reached.push(node.id);
      }
      state.history = state.endingId === null ? replayHistory(scenario, nodes, state) : [];
      this.runs.set(id, state);
    }
    return notes;
  }
}

/**
 * The steps a run took to reach its saved state, found by playing its path again from `start`
 * (effects and branches are deterministic), so `back` works after a resume as before it. A state
 * the path does not lead to (a course edited since) gives no steps.
 */
function replayHistory(scenario: Scenario, nodes: Map<string, ScenarioNode>, target: RunState): Step[] {
  const variables = initialVariables(scenario);
  applyEffects(scenario, nodes.get(scenario.start)?.effects, variables);
  const at: Step = { nodeId: scenario.start, variables, path: [], feedback: null };
  const history: Step[] = [];
  const go = (next: string): boolean => {
    const node = nodes.get(next);
    if (!node) return false;
    at.nodeId = node.id;
    applyEffects(scenario, node.effects, at.variables);
    return true;
  };
  const same = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
  for (let guard = 0; guard < 10_000; guard++) {
    if (at.feedback === null && at.nodeId === target.nodeId && at.path.length === target.path.length && same(at.variables, target.variables)) return history;
    history.push({ nodeId: at.nodeId, variables: { ...at.variables }, path: [...at.path], feedback: at.feedback });
    if (at.feedback !== null) {
      at.feedback = null;
      continue;
    }
    const node = nodes.get(at.nodeId)!;
    if (node.type === 'ending') return [];
    if (node.type !== 'choice') {
      if (!go(resolveNext(node.next, at.variables))) return [];
      continue;
    }
    const wanted = target.path[at.path.length];
    const choice = node.choices.find((c) => c.id === wanted && (!c.condition || holds(c.condition, at.variables)));
    if (!choice) return [];
    applyEffects(scenario, choice.effects, at.variables);
    at.path.push(choice.id);
    at.feedback = choice.feedback ?? null;
    if (!go(resolveNext(choice.next, at.variables))) return [];
  }
  return [];
}
