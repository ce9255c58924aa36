import { html, nothing, type TemplateResult } from 'lit';
import type { ChoiceNode, EndingNode, LocalizedText, Next, Scenario, ScenarioNode } from '@coursekit/schema';
import type { ScenarioStrings } from '../translations/scenario';
import { pathRecap } from './scenario.model';

/** Where a choice can lead: the decisions and endings next reached, past narration and dialogue. */
export type MapTarget = { type: 'decision'; index: number } | { type: 'ending'; node: EndingNode };

/** The scenario as a map: its decisions in the order first met from `start`, its endings, and where each choice leads. */
export interface ScenarioMap {
  decisions: Array<{ node: ChoiceNode; choices: Array<{ id: string; text: LocalizedText; targets: MapTarget[] }> }>;
  endings: EndingNode[];
}

const nextIds = (next: Next): string[] => (typeof next === 'string' ? [next] : next.map((b) => b.next));

/**
 * The scenario's decisions (choice nodes, breadth first from `start`) and endings, each choice with
 * the decisions or endings it leads to (every branch of a conditional `next`).
 *
 * @example
 * scenarioMap(parcel).decisions[0].choices.map((c) => c.targets); // [[{ type: 'ending', node: … }], [{ type: 'decision', index: 1 }]]
 */
export function scenarioMap(scenario: Scenario): ScenarioMap {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  // The decisions and endings reached from a node id, past narration and dialogue.
  const reach = (id: string, seen = new Set<string>()): ScenarioNode[] => {
    const node = nodes.get(id);
    if (!node || seen.has(id)) return [];
    seen.add(id);
    if (node.type === 'choice' || node.type === 'ending') return [node];
    return nextIds(node.next).flatMap((n) => reach(n, seen));
  };
  const order: ChoiceNode[] = [];
  const endings: EndingNode[] = [];
  const queue = reach(scenario.start);
  const queued = new Set(queue.map((n) => n.id));
  while (queue.length) {
    const node = queue.shift()!;
    if (node.type === 'ending') {
      endings.push(node);
      continue;
    }
    if (node.type !== 'choice') continue;
    order.push(node);
    for (const c of node.choices) {
      for (const target of nextIds(c.next).flatMap((n) => reach(n))) {
        if (queued.has(target.id)) continue;
        queued.add(target.id);
        queue.push(target);
      }
    }
  }
  for (const n of scenario.nodes) if (n.type === 'ending' && !endings.includes(n)) endings.push(n);
  const index = new Map(order.map((n, i) => [n.id, i]));
  return {
    decisions: order.map((node) => ({
      node,
      choices: node.choices.map((c) => {
        const targets = [...new Map(nextIds(c.next).flatMap((n) => reach(n)).map((t) => [t.id, t])).values()];
        return { id: c.id, text: c.text, targets: targets.map((t): MapTarget => (t.type === 'ending' ? { type: 'ending', node: t } : { type: 'decision', index: index.get(t.id) ?? 0 })) };
      }),
    })),
    endings,
  };
}

/** What rendering the map needs. */
export interface MapContext {
  scenario: Scenario;
  /** Choice ids taken in this run, in order. */
  path: readonly string[];
  /** Ending ids reached in any run. */
  reached: readonly string[];
  text: (value: LocalizedText) => string;
  strings: ScenarioStrings;
}

/**
 * The map after an ending, as nested lists a screen reader reads in order: each decision with its
 * choices, taken this run or not (said in words, and drawn), and what each leads to; then every
 * ending, reached or not yet.
 *
 * @example
 * html`${renderScenarioMap({ scenario, path: view.path, reached: view.reached, text, strings })}`
 */
export function renderScenarioMap(ctx: MapContext): TemplateResult {
  const { strings: s, text } = ctx;
  const map = scenarioMap(ctx.scenario);
  const taken = new Set(pathRecap(ctx.scenario, [...ctx.path]).map((step) => `${step.nodeId}/${step.choiceId}`));
  const plain = (markdown: string) => markdown.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
  const reached = new Set(ctx.reached);
  const target = (t: MapTarget) => (t.type === 'ending' ? text(t.node.title) : s.decision(t.index + 1));
  return html`<section class="map" part="map" aria-labelledby="map-title">
    <h4 id="map-title">${s.map}</h4>
    <p class="map-intro">${s.mapIntro}</p>
    <ol class="map-decisions">
      ${map.decisions.map(
        (d, i) => html`<li class="map-decision">
          <span class="map-label">${s.decision(i + 1)}:</span> <span class="map-prompt">${plain(text(d.node.prompt))}</span>
          <ul class="map-choices">
            ${d.choices.map((c) => {
              const on = taken.has(`${d.node.id}/${c.id}`);
              return html`<li class="map-choice ${on ? 'taken' : 'not-taken'}" data-choice=${c.id}>
                <span class="map-choice-text">${text(c.text)}</span>
                <span class="map-state">(${on ? s.taken : s.notTaken})</span>
                ${c.targets.length ? html`<span class="map-target">${s.leadsTo} ${c.targets.map(target).join(' / ')}</span>` : nothing}
              </li>`;
            })}
          </ul>
        </li>`,
      )}
    </ol>
    <h5 class="map-endings-title">${s.endings}</h5>
    <ul class="map-endings">
      ${map.endings.map(
        (e) => html`<li class="map-ending ${e.outcome} ${reached.has(e.id) ? 'reached' : 'not-reached'}" data-ending=${e.id}>
          <span class="map-choice-text">${text(e.title)}</span> <span class="map-state">(${s.outcome[e.outcome]}, ${reached.has(e.id) ? s.reached : s.notReached})</span>
        </li>`,
      )}
    </ul>
  </section>`;
}
