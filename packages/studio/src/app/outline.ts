import { css, html, nothing } from 'lit';
import { StudioElement } from './element';
import { property, state } from 'lit/decorators.js';
import { OutlineActions } from './actions';
import { typeText } from './field-texts';
import { outlineOf, visibleItems, type OutlineItem } from './outline-items';
import { parentOf } from './pointer';
import { SchemaReader } from './schema';
import type { StudioStore } from './store';
import { baseStyles } from './styles';

/**
 * @summary The course outline as an ARIA tree: modules, pages, blocks, then the scenarios. Arrow
 * keys move, Enter opens, F2 renames, Alt+↑/↓ reorder, Ctrl+D duplicates, Delete deletes,
 * Insert adds; rows can also be dragged among their siblings. Every command is one undo step.
 */
export class CkStudioOutline extends StudioElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      ul { list-style: none; margin: 0; padding: 0; }
      [role='group'] { padding-left: 1rem; }
      [role='treeitem'] > .row { display: flex; align-items: center; gap: 0.25rem; padding: 0.15rem 0.3rem; border-radius: 4px; cursor: pointer; }
      [role='treeitem'][aria-selected='true'] > .row { background: #dbeafe; }
      [role='treeitem']:focus { outline: none; }
      [role='treeitem']:focus-visible > .row { outline: 2px solid #1d4ed8; }
      .twisty { width: 1rem; display: inline-block; text-align: center; color: #374151; }
      .kind { font-size: 0.75rem; color: #4b5563; }
      .bad { color: #b91c1c; font-weight: 700; }
      .toolbar { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0.5rem 0; align-items: center; }
      .toolbar button, .toolbar select { font-size: 0.8125rem; }
      .toolbar select { max-inline-size: 100%; min-inline-size: 0; }
      .rename input { font: inherit; width: 100%; }
      .drop-before > .row { box-shadow: inset 0 2px 0 #1d4ed8; }
    `,
  ];

  @state() private expanded = new Set<string>(['', '/scenarios']);
  @state() private focused = '';
  @state() private renaming: string | null = null;
  @state() private blockType = 'text';
  private dragging?: OutlineItem;

  private get actions(): OutlineActions {
    return new OutlineActions(this.store);
  }

  private rows() {
    return visibleItems(outlineOf(this.store), this.expanded);
  }

  private find(pointer: string): OutlineItem | undefined {
    const all = (items: OutlineItem[]): OutlineItem[] => items.flatMap((i) => [i, ...all(i.children)]);
    return all(outlineOf(this.store)).find((i) => i.pointer === pointer);
  }

  /** Expands the parents of `pointer`, focuses and selects it. */
  async reveal(pointer: string, focus = true): Promise<void> {
    const expanded = new Set(this.expanded);
    const parts = pointer.split('/').slice(1);
    if (parts[0] === 'modules') expanded.add('');
    if (parts[0] === 'scenarios') expanded.add('/scenarios');
    for (let n = 2; n < parts.length; n += 2) expanded.add(`/${parts.slice(0, n).join('/')}`);
    this.expanded = expanded;
    this.focused = pointer;
    this.store.select(pointer);
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`)?.focus();
  }

  private selectAndFocus(pointer: string | undefined): void {
    if (pointer === undefined) return;
    void this.reveal(pointer);
  }

  private onKey(e: KeyboardEvent, row: { item: OutlineItem; parent?: OutlineItem }): void {
    if (this.renaming !== null) return;
    const rows = this.rows();
    const i = rows.findIndex((r) => r.item.pointer === row.item.pointer);
    const item = row.item;
    const open = this.expanded.has(item.pointer);
    const mod = e.ctrlKey || e.metaKey;
    let handled = true;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) this.selectAndFocus(this.movable(item) ? this.actions.move(item, e.key === 'ArrowUp' ? -1 : 1) : undefined);
    else if (e.key === 'ArrowDown') this.selectAndFocus(rows[i + 1]?.item.pointer);
    else if (e.key === 'ArrowUp') this.selectAndFocus(rows[i - 1]?.item.pointer);
    else if (e.key === 'Home') this.selectAndFocus(rows[0]?.item.pointer);
    else if (e.key === 'End') this.selectAndFocus(rows.at(-1)?.item.pointer);
    else if (e.key === 'ArrowRight') {
      if (item.children.length && !open) this.toggle(item);
      else if (open) this.selectAndFocus(item.children[0]?.pointer);
    } else if (e.key === 'ArrowLeft') {
      if (open && item.children.length) this.toggle(item);
      else if (row.parent) this.selectAndFocus(row.parent.pointer);
    } else if (e.key === 'Enter' || e.key === ' ') this.store.select(item.pointer);
    else if (e.key === 'F2' && this.actions.canRename(item)) this.renaming = item.pointer;
    else if (e.key === 'Delete' && this.movable(item)) this.selectAndFocus(this.actions.remove(item));
    else if (mod && e.key.toLowerCase() === 'd' && this.movable(item)) this.selectAndFocus(this.actions.duplicate(item));
    else if (e.key === 'Insert' && this.actions.canAdd(item)) this.selectAndFocus(this.actions.add(item, this.blockType));
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  private movable(item: OutlineItem): boolean {
    return item.kind !== 'course' && item.kind !== 'scenarios';
  }

  private toggle(item: OutlineItem): void {
    const next = new Set(this.expanded);
    if (next.has(item.pointer)) next.delete(item.pointer);
    else next.add(item.pointer);
    this.expanded = next;
  }

  private problemsUnder(pointer: string): number {
    return this.store.diagnostics.filter((d) => d.severity === 'error' && (pointer === '/scenarios' ? d.at.startsWith('/scenarios') : d.at === pointer || d.at.startsWith(`${pointer}/`))).length;
  }

  private onDrop(e: DragEvent, target: OutlineItem): void {
    e.preventDefault();
    const from = this.dragging;
    this.dragging = undefined;
    this.renderRoot.querySelectorAll('.drop-before').forEach((el) => el.classList.remove('drop-before'));
    if (!from || from.kind !== target.kind || from.pointer === target.pointer) return;
    const a = parentOf(from.pointer);
    const b = parentOf(target.pointer);
    if (a.parent !== b.parent) return;
    this.selectAndFocus(this.actions.moveTo(from, b.parent, Number(b.key)));
  }

  private renderItem(item: OutlineItem, level: number, index: number, size: number, parent?: OutlineItem): unknown {
    const open = this.expanded.has(item.pointer);
    const selected = this.store.selection === item.pointer;
    const focusable = (this.focused || this.store.selection || '') === item.pointer;
    const errors = this.problemsUnder(item.pointer);
    const t = this.store.t;
    const kindLabel = { course: t.course, module: t.module, page: t.page, block: t.block, scenarios: '', scenario: t.scenarios }[item.kind];
    return html`<li
      role="treeitem"
      data-pointer=${item.pointer}
      aria-level=${level}
      aria-posinset=${index + 1}
      aria-setsize=${size}
      aria-selected=${selected ? 'true' : 'false'}
      aria-expanded=${item.children.length ? (open ? 'true' : 'false') : nothing}
      tabindex=${focusable ? '0' : '-1'}
      draggable=${this.movable(item) ? 'true' : 'false'}
      @keydown=${(e: KeyboardEvent) => e.target === e.currentTarget && this.onKey(e, { item, parent })}
      @focus=${(e: FocusEvent) => e.target === e.currentTarget && (this.focused = item.pointer)}
      @click=${(e: Event) => {
        e.stopPropagation();
        if (this.renaming === null) void this.reveal(item.pointer);
      }}
      @dragstart=${(e: DragEvent) => {
        e.stopPropagation();
        this.dragging = item;
        e.dataTransfer?.setData('text/plain', item.pointer);
      }}
      @dragover=${(e: DragEvent) => {
        if (this.dragging?.kind !== item.kind) return;
        e.preventDefault();
        e.stopPropagation();
        (e.currentTarget as HTMLElement).classList.add('drop-before');
      }}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('drop-before')}
      @drop=${(e: DragEvent) => {
        e.stopPropagation();
        this.onDrop(e, item);
      }}
    >
      <div class="row">
        <span class="twisty" aria-hidden="true" @click=${(e: Event) => (e.stopPropagation(), this.toggle(item))}>${item.children.length ? (open ? '▾' : '▸') : ''}</span>
        ${this.renaming === item.pointer
          ? html`<span class="rename"><input aria-label=${t.renameLabel(item.label)} .value=${item.label === t.untitled ? '' : item.label} @keydown=${(e: KeyboardEvent) => this.onRenameKey(e, item)} @blur=${() => (this.renaming = null)} /></span>`
          : html`<span>${kindLabel && item.kind !== 'course' ? html`<span class="kind">${kindLabel}</span> ` : nothing}${item.label}</span>`}
        ${errors ? html`<span class="bad" aria-label=${`${errors} ${t.error}`}>●</span>` : nothing}
      </div>
      ${item.children.length && open ? html`<ul role="group">${item.children.map((c, i) => this.renderItem(c, level + 1, i, item.children.length, item))}</ul>` : nothing}
    </li>`;
  }

  private onRenameKey(e: KeyboardEvent, item: OutlineItem): void {
    e.stopPropagation();
    if (e.key === 'Enter') {
      const text = (e.target as HTMLInputElement).value.trim();
      this.renaming = null;
      if (text) this.actions.rename(item, text);
      void this.reveal(item.pointer);
    } else if (e.key === 'Escape') {
      this.renaming = null;
      void this.reveal(item.pointer);
    }
  }

  protected override updated(): void {
    if (this.renaming !== null) {
      const input = this.renderRoot.querySelector<HTMLInputElement>('.rename input');
      if (input && this.shadowRoot!.activeElement !== input) {
        input.focus();
        input.select();
      }
    }
  }

  private toolbar() {
    const t = this.store.t;
    const item = this.find(this.store.selection);
    if (!item) return nothing;
    const reader = new SchemaReader(this.store.schema);
    const types = reader.variants(reader.def('Block')).map((v) => v.tag);
    const addLabel = { course: t.addModule, module: t.addPage, page: t.addBlock, block: t.addBlock, scenarios: t.addScenario, scenario: '' }[item.kind];
    const act = (f: () => string | undefined) => () => this.selectAndFocus(f());
    return html`<div class="toolbar" role="group" aria-label=${t.actionsFor(item.label)}>
      ${item.kind === 'page' || item.kind === 'block'
        ? html`<label class="sr" for="block-type">${t.blockType}</label>
            <select id="block-type" @change=${(e: Event) => (this.blockType = (e.target as HTMLSelectElement).value)}>
              ${types.map((x) => html`<option value=${x} ?selected=${x === this.blockType}>${typeText(this.store.lang, x)}</option>`)}
            </select>`
        : nothing}
      ${this.actions.canAdd(item) ? html`<button type="button" @click=${act(() => this.actions.add(item, this.blockType))}>${addLabel}</button>` : nothing}
      ${this.actions.canRename(item) ? html`<button type="button" @click=${() => (this.renaming = item.pointer)}>${t.rename}</button>` : nothing}
      ${this.movable(item)
        ? html`<button type="button" @click=${act(() => this.actions.duplicate(item))}>${t.duplicate}</button>
            <button type="button" @click=${act(() => this.actions.move(item, -1))}>${t.moveUp}</button>
            <button type="button" @click=${act(() => this.actions.move(item, 1))}>${t.moveDown}</button>
            <button type="button" @click=${act(() => this.actions.remove(item))}>${t.delete}</button>`
        : nothing}
    </div>`;
  }

  protected override render() {
    const items = outlineOf(this.store);
    return html`${this.toolbar()}
      <ul role="tree" aria-label=${this.store.t.outline}>${items.map((item, i) => this.renderItem(item, 1, i, items.length))}</ul>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-outline': CkStudioOutline;
  }
}
