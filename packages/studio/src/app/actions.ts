import type { OutlineItem } from './outline-items';
import { parentOf, pointerOf, valueAt } from './pointer';
import { freshId, idsIn, SchemaReader } from './schema';
import type { StudioStore } from './store';

/** The kind of item each kind holds, and where. */
const CHILDREN: Partial<Record<OutlineItem['kind'], { key: string; def: string }>> = {
  course: { key: 'modules', def: 'Module' },
  module: { key: 'pages', def: 'Page' },
  page: { key: 'blocks', def: 'Block' },
  scenarios: { key: '', def: 'Scenario' },
};

/**
 * The outline's commands, each one undo step through the model: add, duplicate, delete, move,
 * rename. Return the pointer of the item to select afterwards.
 */
export class OutlineActions {
  constructor(private readonly store: StudioStore) {}

  private get reader(): SchemaReader {
    return new SchemaReader(this.store.schema);
  }

  private taken(): (id: string) => boolean {
    const ids = idsIn(this.store.doc.course);
    return (id) => ids.has(id);
  }

  /** Whether the item can take a child (a module a page, a page a block…). */
  canAdd(item: OutlineItem): boolean {
    return item.kind in CHILDREN || item.kind === 'block';
  }

  /** Adds a new child (for a block: a new block after it) of `blockType` where it applies. */
  add(item: OutlineItem, blockType?: string): string {
    const t = this.store.t;
    if (item.kind === 'block') {
      const { parent, key } = parentOf(item.pointer);
      return this.insertAt(parent, Number(key) + 1, 'Block', t.addBlock, blockType);
    }
    const spec = CHILDREN[item.kind]!;
    const list = item.kind === 'scenarios' ? '/scenarios' : `${item.pointer}/${spec.key}`;
    const length = ((this.store.valueAt(list) as unknown[] | undefined) ?? []).length;
    const label = { course: t.addModule, module: t.addPage, page: t.addBlock, scenarios: t.addScenario }[item.kind as 'course'];
    return this.insertAt(list, length, spec.def, label, blockType);
  }

  private insertAt(list: string, index: number, def: string, label: string, tag?: string): string {
    const reader = this.reader;
    const taken = this.taken();
    let value = reader.create({ $ref: `#/$defs/${def}` }, this.store.languages, taken, tag) as Record<string, unknown>;
    if (def === 'Scenario') value = this.newScenario(taken);
    if (def !== 'Block' && typeof value.id === 'string') value.id = freshId(def.toLowerCase(), taken);
    const exists = this.store.valueAt(list) !== undefined;
    this.store.apply(exists ? [{ op: 'add', path: `${list}/${index}`, value }] : [{ op: 'add', path: list, value: [value] }], label);
    return `${list}/${index}`;
  }

  /** A scenario that validates from the start: a choice between two endings. */
  private newScenario(taken: (id: string) => boolean): Record<string, unknown> {
    const langs = this.store.languages;
    const text = (s: string) => Object.fromEntries(langs.map((l, i) => [l, i === 0 ? s : '']));
    const id = freshId('scenario', taken);
    const ending = (end: string, outcome: string, score: number) => ({ type: 'ending', id: end, outcome, title: text(end), debrief: text(end), score });
    return {
      id,
      title: text(id),
      start: 'start',
      nodes: [
        { type: 'choice', id: 'start', prompt: text('?'), choices: [{ id: 'a', text: text('a'), next: 'ending-a' }, { id: 'b', text: text('b'), next: 'ending-b' }] },
        ending('ending-a', 'success', 100),
        ending('ending-b', 'failure', 0),
      ],
    };
  }

  /** A copy right after the item, with fresh ids. */
  duplicate(item: OutlineItem): string {
    const { parent, key } = parentOf(item.pointer);
    const taken = this.taken();
    const copy = structuredClone(valueAt(this.store.doc.course, item.pointer)) as Record<string, unknown>;
    const renew = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(renew);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.id === 'string' && (o === copy || 'title' in o || 'blocks' in o || 'prompt' in o)) o.id = freshId(`${o.id}-copy`, taken);
        Object.values(o).forEach(renew);
      }
    };
    if (item.kind !== 'scenario') renew(copy);
    else copy.id = freshId(`${String(copy.id)}-copy`, taken);
    const at = `${parent}/${Number(key) + 1}`;
    this.store.apply([{ op: 'add', path: at, value: copy }], `${this.store.t.duplicate}: ${item.label}`);
    return at;
  }

  /** Deletes the item; selects its neighbour or parent. */
  remove(item: OutlineItem): string {
    const { parent, key } = parentOf(item.pointer);
    this.store.apply([{ op: 'remove', path: item.pointer }], `${this.store.t.delete}: ${item.label}`);
    const left = ((this.store.valueAt(parent) as unknown[] | undefined) ?? []).length;
    if (!left) return parentOf(parent).parent;
    return `${parent}/${Math.min(Number(key), left - 1)}`;
  }

  /** Moves the item up (-1) or down (+1) among its siblings; returns its new pointer. */
  move(item: OutlineItem, by: -1 | 1): string | undefined {
    const { parent, key } = parentOf(item.pointer);
    const to = Number(key) + by;
    const length = ((this.store.valueAt(parent) as unknown[] | undefined) ?? []).length;
    if (to < 0 || to >= length) return undefined;
    this.store.apply([{ op: 'move', from: item.pointer, path: `${parent}/${to}` }], `${by < 0 ? this.store.t.moveUp : this.store.t.moveDown}: ${item.label}`);
    return `${parent}/${to}`;
  }

  /** Moves the item to `index` in the sibling list `parent` (drag and drop). */
  moveTo(item: OutlineItem, parent: string, index: number): string {
    this.store.apply([{ op: 'move', from: item.pointer, path: `${parent}/${index}` }], `${this.store.t.moveDown}: ${item.label}`);
    return `${parent}/${index}`;
  }

  /** Whether the item has a title to rename. */
  canRename(item: OutlineItem): boolean {
    return ['course', 'module', 'page', 'scenario'].includes(item.kind);
  }

  /** Sets the item's title in the language being edited (the UI's, when the course has it). */
  rename(item: OutlineItem, text: string): void {
    const title = valueAt(this.store.doc.course, `${item.pointer}/title`);
    const lang = this.store.languages.includes(this.store.lang) ? this.store.lang : this.store.languages[0]!;
    const path = `${item.pointer}/title`;
    const edit = title && typeof title === 'object' ? { op: (lang in title ? 'replace' : 'add') as 'replace', path: `${path}${pointerOf([lang])}`, value: text } : { op: 'replace' as const, path, value: text };
    this.store.apply([edit], `${this.store.t.rename}: ${item.label} → ${text}`);
  }
}
