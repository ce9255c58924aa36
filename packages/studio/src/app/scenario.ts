import type { CkScenario } from '@coursekit/components';
import { css, html, nothing, svg } from 'lit';
import { StudioElement } from './element';
import { property, state } from 'lit/decorators.js';
import { typeText } from './field-texts';
import { textIn } from './outline-items';
import { freshId, idsIn, SchemaReader } from './schema';
import { DIRECTIONS, layout, linksOf, nearest, NODE_HEIGHT, NODE_WIDTH, type NodeLike } from './scenario-graph';
import type { StudioStore } from './store';
import { baseStyles } from './styles';

/**
 * @summary The scenario editor: the scenario's settings and variables, its map (dagre layout;
 * endings, the start, unreachable nodes and dead ends marked from the validator), the same nodes
 * as a table a keyboard or screen reader user works in, the form of the node being edited, "add a
 * choice and its target node" in one step, and playing the scenario from any node.
 */
export class CkStudioScenario extends StudioElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      h2, h3 { margin: 0.75rem 0 0.5rem; font-size: 1.05rem; }
      .map { overflow: auto; border: 1px solid #d1d5db; border-radius: 6px; max-height: 22rem; background: #f9fafb; }
      svg text { font-size: 12px; fill: #111827; }
      .node rect { fill: #fff; stroke: #374151; }
      .node.ending rect { fill: #ecfdf5; stroke: #047857; stroke-width: 2; }
      .node.flagged rect { fill: #fef2f2; stroke: #b91c1c; stroke-width: 2; stroke-dasharray: 4 2; }
      .node.selected rect { stroke: #1d4ed8; stroke-width: 3; }
      .node { cursor: pointer; }
      .node:focus { outline: none; }
      .node:focus-visible rect { stroke: #1d4ed8; stroke-width: 4; stroke-dasharray: none; }
      path.edge { fill: none; stroke: #4b5563; }
      path.edge.conditional { stroke-dasharray: 5 3; }
      table { border-collapse: collapse; width: 100%; margin-top: 0.5rem; font-size: 0.875rem; }
      th, td { border-bottom: 1px solid #e5e7eb; padding: 0.25rem; text-align: left; vertical-align: top; }
      tr.selected { background: #dbeafe; }
      .flag { display: inline-block; font-size: 0.75rem; border-radius: 3px; padding: 0 0.25rem; margin-right: 0.2rem; }
      .flag.ending { background: #d1fae5; color: #065f46; }
      .flag.start { background: #e0e7ff; color: #3730a3; }
      .flag.bad { background: #fee2e2; color: #991b1b; }
      .links { margin: 0; padding: 0; list-style: none; }
      .hint { font-size: 0.8125rem; color: #374151; margin: 0.25rem 0; }
      .add-choice { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; border: 1px solid #d1d5db; border-radius: 6px; padding: 0.5rem; margin: 0.5rem 0; }
      .add-choice label { display: grid; gap: 0.15rem; font-weight: 600; }
      input, select { padding: 0.3rem 0.4rem; border: 1px solid #6b7280; border-radius: 4px; }
      dialog { width: min(44rem, 95vw); border: 1px solid #374151; border-radius: 8px; }
      dialog::backdrop { background: rgb(0 0 0 / 0.4); }
    `,
  ];

  /** Pointer of the scenario (`/scenarios/N`). */
  @property() pointer = '';
  @state() private node = '';
  @state() private playing = '';
  @state() private choiceText = '';
  @state() private targetType = 'ending';
  @state() private newNodeType = 'narration';
  /** The node of the map that Tab reaches (roving tabindex); arrow keys move it. */
  @state() private cursor = '';

  private get scenario(): { id: string; start: string; nodes: NodeLike[] } {
    return this.store.valueAt(this.pointer) as { id: string; start: string; nodes: NodeLike[] };
  }

  /** The flags of node `n` from the validator (CK204 unreachable, CK205 dead end). */
  private flags(n: number): { unreachable: boolean; deadEnd: boolean } {
    const at = `${this.pointer}/nodes/${n}`;
    const here = this.store.diagnostics.filter((d) => d.at === at || d.at.startsWith(`${at}/`));
    return { unreachable: here.some((d) => d.code === 'CK204'), deadEnd: here.some((d) => d.code === 'CK205') };
  }

  private nodeIndex(id: string): number {
    return this.scenario.nodes.findIndex((n) => n.id === id);
  }

  /** Selects a node: its row gets focus and its form opens below. */
  async pick(id: string, focus: 'row' | 'form' | 'none' = 'row'): Promise<void> {
    this.node = id;
    this.cursor = id;
    await this.updateComplete;
    if (focus === 'row') this.renderRoot.querySelector<HTMLElement>(`tr[data-node="${CSS.escape(id)}"] th button`)?.focus();
    // The heading of the node's section: a screen reader says which node opened, and Tab goes on into its form.
    if (focus === 'form') this.renderRoot.querySelector<HTMLElement>('#node-heading')?.focus();
  }

  private text(v: unknown): string {
    return textIn(v, this.store.lang, this.store.languages);
  }

  /** One step: a new choice on the selected choice node and the node it leads to. */
  private addChoice(e: Event): void {
    e.preventDefault();
    const n = this.nodeIndex(this.node);
    const node = this.scenario.nodes[n];
    if (!node || node.type !== 'choice' || !this.choiceText.trim()) return;
    const taken = idsIn(this.scenario.nodes);
    const target = freshId(`${node.id}-${this.targetType}`, (x) => taken.has(x));
    const choiceId = freshId(this.choiceText, (x) => (node.choices ?? []).some((c) => c.id === x));
    const langs = this.store.languages;
    const text = (s: string) => Object.fromEntries(langs.map((l, i) => [l, i === 0 ? s : '']));
    const reader = new SchemaReader(this.store.schema);
    const fresh = reader.create(reader.def('ScenarioNode'), langs, (x) => taken.has(x), this.targetType) as Record<string, unknown>;
    fresh.id = target;
    if ('next' in fresh) fresh.next = node.id;
    this.store.apply(
      [
        { op: 'add', path: `${this.pointer}/nodes/${n}/choices/-`, value: { id: choiceId, text: text(this.choiceText.trim()), next: target } },
        { op: 'add', path: `${this.pointer}/nodes/-`, value: fresh },
      ],
      `${this.store.t.addChoice}: ${this.choiceText.trim()} → ${target}`,
    );
    this.choiceText = '';
    void this.pick(target, 'none');
  }

  private addNode(): void {
    const taken = idsIn(this.scenario.nodes);
    const reader = new SchemaReader(this.store.schema);
    const fresh = reader.create(reader.def('ScenarioNode'), this.store.languages, (x) => taken.has(x), this.newNodeType) as Record<string, unknown>;
    fresh.id = freshId(this.newNodeType, (x) => taken.has(x));
    if (typeof fresh.next === 'string') fresh.next = this.scenario.start;
    this.store.apply([{ op: 'add', path: `${this.pointer}/nodes/-`, value: fresh }], `${this.store.t.addNode}: ${String(fresh.id)}`);
    void this.pick(String(fresh.id));
  }

  private async play(id: string): Promise<void> {
    this.playing = id;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    // A new element each time: a standalone <ck-scenario> starts its engine once, from its first course.
    const player = document.createElement('ck-scenario') as CkScenario;
    player.scenarioId = this.scenario.id;
    player.lang = this.store.languages[0] ?? 'id';
    dialog.querySelector('.player')!.replaceChildren(player);
    const course = structuredClone(this.store.doc.course) as { scenarios: { id: string; start: string }[] };
    const scenario = course.scenarios.find((s) => s.id === this.scenario.id)!;
    scenario.start = id;
    player.course = course as never;
    dialog.showModal();
  }

  private closePlay(): void {
    this.renderRoot.querySelector('dialog')?.close();
    const id = this.playing;
    this.playing = '';
    void this.pick(id);
  }

  /** The node of the map that is in the tab order: the one last moved to, else the one being edited, else the start. */
  private current(): string {
    const ids = this.scenario.nodes.map((n) => n.id);
    return [this.cursor, this.node, this.scenario.start, ids[0] ?? ''].find((id) => ids.includes(id)) ?? '';
  }

  /** Arrow keys move between the map's nodes (to the nearest node that way), Home/End to the first/last, Enter/Space open the node's form. */
  private async onMapKey(e: KeyboardEvent, layoutOf: ReturnType<typeof layout>): Promise<void> {
    const from = (e.target as Element).closest<SVGGElement>('g.node')?.dataset.node;
    if (!from) return;
    let to: string | undefined;
    const ids = this.scenario.nodes.map((n) => n.id);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return void this.pick(from, 'form');
    }
    if (e.key === 'Home') to = ids[0];
    else if (e.key === 'End') to = ids.at(-1);
    else if (e.key in DIRECTIONS) to = nearest(layoutOf, from, DIRECTIONS[e.key as keyof typeof DIRECTIONS]);
    else return;
    e.preventDefault();
    if (!to) return;
    this.cursor = to;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`g.node[data-node="${CSS.escape(to)}"]`)?.focus();
  }

  /** What a screen reader says for a node of the map: its id, type, flags and where it leads. */
  private nodeLabel(n: NodeLike, i: number, links: ReturnType<typeof linksOf>): string {
    const t = this.store.t;
    const f = this.flags(i);
    const flags = [n.id === this.scenario.start ? t.start : '', f.unreachable ? t.unreachable : '', f.deadEnd ? t.deadEnd : ''].filter(Boolean);
    const to = [...new Set(links.filter((l) => l.from === n.id).map((l) => l.to))];
    return `${t.node} ${n.id}, ${n.type}${flags.length ? `, ${flags.join(', ')}` : ''}${to.length ? `. ${t.goesTo}: ${to.join(', ')}` : ''}`;
  }

  private map() {
    const s = this.scenario;
    const g = layout(s.nodes);
    const t = this.store.t;
    const links = linksOf(s.nodes);
    const current = this.current();
    const path = (pts: { x: number; y: number }[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    return html`<div class="map">
      <svg width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}" role="group" aria-label=${`${t.scenarioGraph}: ${s.nodes.length} ${t.scenarioNodes}`} aria-describedby="map-keys" @keydown=${(e: KeyboardEvent) => void this.onMapKey(e, g)}>
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#4b5563" /></marker></defs>
        <g aria-hidden="true">${g.edges.map((e) => svg`<path class="edge ${e.link.conditional ? 'conditional' : ''}" d=${path(e.points)} marker-end="url(#arrow)" />`)}</g>
        ${s.nodes.map((n, i) => {
          const box = g.nodes.get(n.id)!;
          const f = this.flags(i);
          const cls = `node ${n.type === 'ending' ? 'ending' : ''} ${f.unreachable || f.deadEnd ? 'flagged' : ''} ${this.node === n.id ? 'selected' : ''}`;
          return svg`<g class=${cls} data-node=${n.id} role="button" tabindex=${n.id === current ? 0 : -1} aria-label=${this.nodeLabel(n, i, links)} aria-pressed=${this.node === n.id ? 'true' : 'false'} transform="translate(${box.x - NODE_WIDTH / 2},${box.y - NODE_HEIGHT / 2})" @focus=${() => (this.cursor = n.id)} @click=${() => this.pick(n.id, 'none')}>
            <rect width=${NODE_WIDTH} height=${NODE_HEIGHT} rx=${n.type === 'ending' ? 14 : 4} />
            <text x="8" y="17">${n.id === s.start ? '▶ ' : ''}${n.id.length > 20 ? `${n.id.slice(0, 19)}…` : n.id}</text>
            <text x="8" y="34">${n.type}${f.unreachable ? ` · ${t.unreachable}` : ''}${f.deadEnd ? ` · ${t.deadEnd}` : ''}</text>
          </g>`;
        })}
      </svg>
    </div>
    <p class="hint" id="map-keys">${t.mapKeys}</p>`;
  }

  private table() {
    const s = this.scenario;
    const t = this.store.t;
    const links = linksOf(s.nodes);
    return html`<table>
      <caption class="sr">${t.scenarioNodes}</caption>
      <thead><tr><th scope="col">${t.node}</th><th scope="col">${t.nodeType}</th><th scope="col">${t.goesTo}</th><th scope="col"><span class="sr">${t.playFrom}</span></th></tr></thead>
      <tbody>
        ${s.nodes.map((n, i) => {
          const f = this.flags(i);
          return html`<tr data-node=${n.id} class=${this.node === n.id ? 'selected' : ''}>
            <th scope="row"><button type="button" aria-pressed=${this.node === n.id ? 'true' : 'false'} aria-label=${t.editNode(n.id)} @click=${() => this.pick(n.id, 'form')}>${n.id}</button></th>
            <td>
              ${n.type}
              ${n.id === s.start ? html`<span class="flag start">${t.start}</span>` : nothing}
              ${n.type === 'ending' ? html`<span class="flag ending">${t.ending}</span>` : nothing}
              ${f.unreachable ? html`<span class="flag bad">${t.unreachable}</span>` : nothing}
              ${f.deadEnd ? html`<span class="flag bad">${t.deadEnd}</span>` : nothing}
            </td>
            <td>
              <ul class="links">
                ${links.filter((l) => l.from === n.id).map((l) => {
                  const choice = n.choices?.find((c) => c.id === l.choice);
                  return html`<li>${choice ? `“${this.text(choice.text)}” → ` : '→ '}${this.nodeIndex(l.to) >= 0 ? html`<button type="button" @click=${() => this.pick(l.to)}>${l.to}</button>` : html`<span class="error">${l.to}</span>`}</li>`;
                })}
              </ul>
            </td>
            <td><button type="button" @click=${() => this.play(n.id)}>${t.playFrom}<span class="sr">: ${n.id}</span></button></td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private nodeEditor() {
    const t = this.store.t;
    const n = this.nodeIndex(this.node);
    if (n < 0) return nothing;
    const node = this.scenario.nodes[n]!;
    const reader = new SchemaReader(this.store.schema);
    const types = reader.variants(reader.def('ScenarioNode')).map((v) => v.tag);
    return html`<section aria-labelledby="node-heading">
      <h3 id="node-heading" tabindex="-1">${t.editNode(node.id)}</h3>
      ${node.type === 'choice'
        ? html`<form class="add-choice" @submit=${this.addChoice}>
            <label>${t.choiceText}<input .value=${this.choiceText} @input=${(e: Event) => (this.choiceText = (e.target as HTMLInputElement).value)} /></label>
            <label>${t.targetType}<select @change=${(e: Event) => (this.targetType = (e.target as HTMLSelectElement).value)}>${types.map((x) => html`<option value=${x} ?selected=${x === this.targetType}>${typeText(this.store.lang, x)}</option>`)}</select></label>
            <button type="submit">${t.addChoice}</button>
          </form>`
        : nothing}
      <ck-studio-form id="node-form" .store=${this.store} pointer=${`${this.pointer}/nodes/${n}`}></ck-studio-form>
    </section>`;
  }

  protected override render() {
    const s = this.scenario;
    if (!s || !Array.isArray(s.nodes)) return nothing;
    const t = this.store.t;
    const reader = new SchemaReader(this.store.schema);
    const types = reader.variants(reader.def('ScenarioNode')).map((v) => v.tag);
    const title = this.text((s as unknown as { title: unknown }).title);
    return html`<h2>${t.scenarios}: ${title || s.id}</h2>
      <ck-studio-form .store=${this.store} pointer=${this.pointer}></ck-studio-form>
      <h3>${t.scenarioGraph}</h3>
      ${this.map()} ${this.table()}
      <div class="add-choice">
        <label>${t.nodeType}<select @change=${(e: Event) => (this.newNodeType = (e.target as HTMLSelectElement).value)}>${types.map((x) => html`<option value=${x} ?selected=${x === this.newNodeType}>${typeText(this.store.lang, x)}</option>`)}</select></label>
        <button type="button" @click=${() => this.addNode()}>${t.addNode}</button>
      </div>
      ${this.nodeEditor()}
      <dialog aria-label=${t.playing(this.playing)} @close=${() => this.playing && this.closePlay()}>
        <h3>${t.playing(this.playing)}</h3>
        <div class="player"></div>
        <button type="button" @click=${() => this.closePlay()}>${t.close}</button>
      </dialog>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-scenario': CkStudioScenario;
  }
}
