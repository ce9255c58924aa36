import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { StudioElement } from './element';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Edit } from '../model/index';
import type { JsonSchema } from './api';
import { pointerOf, tokens } from './pointer';
import { fieldText, typeText, valueText, type FieldText } from './field-texts';
import { freshId, idsIn, SchemaReader, schemaAt } from './schema';
import type { StudioStore } from './store';
import { formStyles } from './styles';

/** Properties edited elsewhere (the outline, the scenario editor), not in the form. */
const ELSEWHERE = new Set(['$schema', 'modules', 'pages', 'blocks', 'nodes', 'scenarios']);
const EDIT_DELAY = 400;
/** Lists longer than this show their items closed until opened. */
const OPEN_ITEMS = 6;

const fieldId = (pointer: string): string => `f${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/**
 * @summary A form generated from the course JSON Schema for the value at `pointer`: titles and
 * descriptions from the schema, enums as menus, required fields marked, language maps side by side,
 * Markdown with a live preview, the validator's diagnostics on the fields they concern.
 */
export class CkStudioForm extends StudioElement {
  static override styles = formStyles;

  @property() pointer = '';

  /** Items of long lists the designer opened (long lists start closed, so big courses stay quick). */
  private opened = new Set<string>();
  private pending: { path: string; edits: Edit[]; label: string; text: string; timer: ReturnType<typeof setTimeout> } | undefined;
  private reader?: SchemaReader;

  private get schema(): SchemaReader {
    if (this.reader?.root !== this.store.schema) this.reader = new SchemaReader(this.store.schema);
    return this.reader;
  }

  /** Applies the edit now (checkbox, menu) or after a pause in typing (text). */
  private edit(path: string, edits: Edit[], label: string, delay = 0, text = ''): void {
    if (this.pending && this.pending.path !== path) this.flush();
    if (!delay) return void this.store.apply(edits, label);
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = { path, edits, label, text, timer: setTimeout(() => this.flush(), delay) };
  }

  /** What the field shows: the text being typed, until it is applied, else the course's value. */
  private shown(path: string, value: string): string {
    return this.pending?.path === path ? this.pending.text : value;
  }

  /** Applies a pending text edit (on blur, on save, before another edit). */
  flush(): void {
    const p = this.pending;
    if (!p) return;
    clearTimeout(p.timer);
    this.pending = undefined;
    this.store.apply(p.edits, p.label);
  }

  /** Moves focus to the field of `pointer` (or the nearest field above it). */
  async focusField(pointer: string): Promise<boolean> {
    const parts = pointer.split('/');
    for (let n = 2; n <= parts.length; n++) this.opened.add(parts.slice(0, n).join('/'));
    this.requestUpdate();
    await this.updateComplete;
    for (let at = pointer; at.length >= this.pointer.length; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
      const el = this.renderRoot.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(at)}"]`);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
        return true;
      }
      if (!at) break;
    }
    return false;
  }

  private readonly flusher = () => this.flush();

  override connectedCallback(): void {
    super.connectedCallback();
    this.store?.flushers.add(this.flusher);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.store.flushers.add(this.flusher);
  }

  override disconnectedCallback(): void {
    this.flush();
    this.store?.flushers.delete(this.flusher);
    super.disconnectedCallback();
  }

  protected override render() {
    const value = this.store.valueAt(this.pointer);
    const node = schemaAt(this.schema, this.store.doc.course, tokens(this.pointer));
    // A pending text edit is applied by its timer, by the next edit or by a save, not on focusout:
    // applying it there re-renders the app between the press and the release of a click.
    return html`<form @submit=${(e: Event) => e.preventDefault()}>${this.object(node, this.pointer, value, true)}</form>`;
  }

  /** The label and help of property `key` of the object described by `where`, in the UI language. */
  private text(where: { def: string | undefined; unions: string[] }, key: string): FieldText | undefined {
    return fieldText(this.store.lang, where.def, where.unions, key);
  }

  private label(key: string, required: boolean) {
    return html`${key}${required ? html` <span class="req">(${this.store.t.required})</span>` : nothing}`;
  }

  private problems(pointer: string, id: string, within = false) {
    const list = this.store.diagnosticsAt(pointer, within);
    if (!list.length) return nothing;
    return html`<ul class="diagnostics" id=${`${id}-problems`}>
      ${list.map((d) => html`<li class=${d.severity}><strong>${d.code}</strong> ${d.message}${d.hint ? html` <em>${d.hint}</em>` : nothing}</li>`)}
    </ul>`;
  }

  private describedBy(pointer: string, id: string, hasDescription: boolean): string {
    return [hasDescription ? `${id}-desc` : '', this.store.diagnosticsAt(pointer).length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  }

  /** The fields of an object; the top one shows its union's type menu. */
  private object(schema: JsonSchema | undefined, pointer: string, value: unknown, top = false): TemplateResult {
    const outer = this.schema.resolve(schema);
    const node = this.schema.branch(schema, value);
    const union = outer.oneOf ? this.unionMenu(schema!, pointer, value) : nothing;
    const obj = (value ?? {}) as Record<string, unknown>;
    const required = new Set(node.required ?? []);
    const where = this.schema.nameOf(schema, value);
    const entries = Object.entries(node.properties ?? {}).filter(([k, s]) => !ELSEWHERE.has(k) && !(top && k === 'type' && this.schema.resolve(s).const !== undefined));
    return html`${union}${this.problems(pointer, fieldId(pointer))}
      ${entries.map(([k, s]) => this.field(s, `${pointer}${pointerOf([k])}`, obj[k], k, required.has(k), this.text(where, k), (v) => valueText(this.store.lang, where.def, k, v)))}`;
  }

  private unionMenu(schema: JsonSchema, pointer: string, value: unknown) {
    const outer = this.schema.resolve(schema);
    const tagName = outer.discriminator?.propertyName ?? 'type';
    const tag = (value as Record<string, unknown> | undefined)?.[tagName];
    const id = `${fieldId(pointer)}-${tagName}`;
    const union = this.schema.nameOf(schema, value).unions.at(-1);
    const text = fieldText(this.store.lang, union, [], tagName);
    const change = (e: Event) => {
      const next = (e.target as HTMLSelectElement).value;
      const taken = idsIn(this.store.doc.course);
      const fresh = this.schema.create(schema, this.store.languages, (x) => taken.has(x), next) as Record<string, unknown>;
      const old = value as Record<string, unknown>;
      if (old && typeof old.id === 'string') fresh.id = old.id;
      this.edit(pointer, [{ op: 'replace', path: pointer, value: fresh }], `${tagName}: ${next}`);
    };
    return html`<div class="field">
      <label for=${id}>${text?.label ?? tagName}</label>
      <select id=${id} data-pointer=${`${pointer}/${tagName}`} aria-describedby=${`${id}-desc`} @change=${change}>
        ${this.schema.variants(outer).map((v) => html`<option value=${v.tag} ?selected=${v.tag === tag}>${typeText(this.store.lang, v.tag)}</option>`)}
      </select>
      <p class="desc" id=${`${id}-desc`}>${text?.help ?? outer.description ?? ''}</p>
    </div>`;
  }

  /**
   * The field of one property (`text`: its label and help) or of one item of a list of plain
   * values (`key` is then the item's label, with no help of its own).
   */
  private field(schema: JsonSchema, pointer: string, value: unknown, name: string, required: boolean, text?: FieldText, meaning: (value: unknown) => string | undefined = () => undefined): TemplateResult {
    const id = fieldId(pointer);
    const node = this.schema.branch(schema, value);
    const key = text?.label ?? name;
    const description = text ? text.help : undefined;
    const desc = description ? html`<p class="desc" id=${`${id}-desc`}>${description}</p>` : nothing;
    const t = this.store.t;
    const kind = this.schema.localized(schema);
    if (kind) return this.languageMap(pointer, value, key, required, kind, description);
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const absent = value === undefined;
    if (absent && !required && (types.includes('object') || types.includes('array') || node.oneOf || node.if)) {
      const add = () => {
        const taken = idsIn(this.store.doc.course);
        const value = types[0] === 'array' ? [this.schema.create(node.items, this.store.languages, (x) => taken.has(x))] : this.schema.create(schema, this.store.languages, (x) => taken.has(x));
        this.edit(pointer, [{ op: 'add', path: pointer, value }], t.addField(key));
      };
      return html`<div class="field optional"><button type="button" class="add" data-pointer=${pointer} @click=${add}>${t.addField(key)}</button>${desc}</div>`;
    }
    const remove = !required && !absent ? html`<button type="button" class="remove" @click=${() => this.edit(pointer, [{ op: 'remove', path: pointer }], t.removeField(key))}>${t.removeField(key)}</button>` : nothing;
    const set = (v: unknown, delay = 0, text = '') => this.edit(pointer, [{ op: absent ? 'add' : 'replace', path: pointer, value: v }], key, delay, text);
    const invalid = this.store.diagnosticsAt(pointer).length > 0;
    const described = this.describedBy(pointer, id, !!description);
    if (Array.isArray(value) || (absent && types[0] === 'array')) return this.array(node, pointer, (value ?? []) as unknown[], name, key, required, desc, remove);
    if (node.properties || (value && typeof value === 'object')) {
      return html`<fieldset class="group" data-pointer=${pointer} tabindex="-1"><legend>${this.label(key, required)}</legend>${desc}${this.object(schema, pointer, value)}${remove}</fieldset>`;
    }
    let control: TemplateResult;
    if (node.const !== undefined) {
      control = html`<output id=${id} data-pointer=${pointer} tabindex="-1">${String(node.const)}</output>`;
    } else if (node.enum) {
      control = html`<select id=${id} data-pointer=${pointer} aria-describedby=${described || nothing} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => set(node.enum![Number((e.target as HTMLSelectElement).value)])}>
        ${absent ? html`<option value="" selected></option>` : nothing}
        ${node.enum.map((v, i) => html`<option value=${i} ?selected=${v === value}>${meaning(v) ? `${meaning(v)} (${String(v)})` : String(v)}</option>`)}
      </select>`;
    } else if (types.includes('boolean')) {
      return html`<div class="field check">
        <input type="checkbox" id=${id} data-pointer=${pointer} .checked=${live(value === true)} aria-describedby=${described || nothing} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />
        <label for=${id}>${this.label(key, required)}</label>${desc}${this.problems(pointer, id)}${remove}
      </div>`;
    } else if (types.includes('number') || types.includes('integer')) {
      control = html`<input type="number" id=${id} data-pointer=${pointer} .value=${live(this.shown(pointer, value === undefined ? '' : String(value)))} min=${node.minimum ?? nothing} max=${node.maximum ?? nothing} aria-describedby=${described || nothing} aria-invalid=${invalid ? 'true' : 'false'} @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        if (raw !== '' && Number.isFinite(Number(raw))) set(Number(raw), EDIT_DELAY, raw);
      }} />`;
    } else {
      control = html`<input type="text" id=${id} data-pointer=${pointer} .value=${live(this.shown(pointer, typeof value === 'string' ? value : ''))} ?required=${required} aria-describedby=${described || nothing} aria-invalid=${invalid ? 'true' : 'false'} @input=${(e: Event) => set((e.target as HTMLInputElement).value, EDIT_DELAY, (e.target as HTMLInputElement).value)} />`;
    }
    return html`<div class="field">
      <label for=${id}>${this.label(key, required)}</label>${control}${desc}${this.problems(pointer, id)}${remove}${this.asList(node, pointer, value, name, key)}
    </div>`;
  }

  /**
   * For a value the schema allows as a string or a list (a scenario's `next`: a node id, or
   * branches tried in order), a button that makes the string the list's first item (an object
   * item keeps it under the same property: `{ "next": "…" }`), so branches and their conditions
   * can be added in the form.
   */
  private asList(node: JsonSchema, pointer: string, value: unknown, name: string, key: string) {
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (typeof value !== 'string' || !types.includes('array') || !node.items) return nothing;
    const t = this.store.t;
    const make = () => {
      const taken = idsIn(this.store.doc.course);
      const item = this.schema.create(node.items, this.store.languages, (x) => taken.has(x));
      const holds = this.schema.branch(node.items, item).properties?.[name] !== undefined;
      const first = item && typeof item === 'object' && !Array.isArray(item) ? (holds ? { ...item, [name]: value } : item) : value;
      this.edit(pointer, [{ op: 'replace', path: pointer, value: [first] }], t.makeList(key));
    };
    return html`<button type="button" class="add" @click=${make}>${t.makeList(key)}</button>`;
  }

  private array(node: JsonSchema, pointer: string, items: unknown[], name: string, key: string, required: boolean, desc: unknown, remove: unknown): TemplateResult {
    const t = this.store.t;
    const add = () => {
      const taken = idsIn(this.store.doc.course);
      const fresh = this.schema.create(node.items, this.store.languages, (x) => taken.has(x));
      const withId = fresh && typeof fresh === 'object' && 'id' in fresh ? { ...fresh, id: freshId(name.replace(/s$/, ''), (x) => taken.has(x)) } : fresh;
      this.edit(pointer, items.length || required ? [{ op: 'add', path: `${pointer}/-`, value: withId }] : [{ op: 'add', path: pointer, value: [withId] }], `${t.addItem}: ${key}`);
    };
    return html`<fieldset class="group" data-pointer=${pointer} tabindex="-1">
      <legend>${this.label(key, required)}</legend>${desc}${this.problems(pointer, fieldId(pointer))}
      <ol class="items">
        ${items.map((item, i) => {
          const at = `${pointer}/${i}`;
          const itemNode = this.schema.branch(node.items, item);
          const simple = !itemNode.properties && !this.schema.resolve(node.items).oneOf && !this.schema.localized(node.items);
          const title = `${t.itemN(i + 1)}${(item as { id?: string })?.id ? `: ${(item as { id: string }).id}` : ''}`;
          const open = items.length <= OPEN_ITEMS || this.opened.has(at);
          return html`<li>
            ${simple
              ? this.field(node.items!, at, item, t.itemN(i + 1), true)
              : open
                ? html`<fieldset class="item"><legend>${title}</legend>${this.object(node.items, at, item)}</fieldset>`
                : html`<button type="button" class="closed" aria-expanded="false" data-pointer=${at} @click=${() => (this.opened.add(at), this.requestUpdate())}>${title}</button>`}
            <div class="item-actions">
              <button type="button" ?disabled=${i === 0} @click=${() => this.edit(at, [{ op: 'move', from: at, path: `${pointer}/${i - 1}` }], t.moveUp)}>${t.moveUp} <span class="sr">${t.itemN(i + 1)}</span></button>
              <button type="button" ?disabled=${i === items.length - 1} @click=${() => this.edit(at, [{ op: 'move', from: at, path: `${pointer}/${i + 1}` }], t.moveDown)}>${t.moveDown} <span class="sr">${t.itemN(i + 1)}</span></button>
              <button type="button" @click=${() => this.edit(at, [{ op: 'remove', path: at }], t.removeItem(i + 1))}>${t.removeItem(i + 1)}</button>
            </div>
          </li>`;
        })}
      </ol>
      <button type="button" class="add" @click=${add}>${t.addItem}: ${key}</button>${remove}
    </fieldset>`;
  }

  /** A language map: one column per course language, side by side; a missing translation is marked. */
  private languageMap(pointer: string, value: unknown, key: string, required: boolean, kind: 'text' | 'markdown', description?: string): TemplateResult {
    const t = this.store.t;
    const langs = this.store.languages;
    const map: Record<string, string> = typeof value === 'string' ? { [langs[0]!]: value } : ((value ?? {}) as Record<string, string>);
    const id = fieldId(pointer);
    const set = (lang: string, text: string) => {
      const next = { ...map, [lang]: text };
      const edits: Edit[] = value === undefined || typeof value === 'string' ? [{ op: value === undefined ? 'add' : 'replace', path: pointer, value: next }] : [{ op: lang in map ? 'replace' : 'add', path: `${pointer}${pointerOf([lang])}`, value: text }];
      this.edit(`${pointer}#${lang}`, edits, key, EDIT_DELAY, text);
    };
    const anyFilled = langs.some((l) => map[l]);
    return html`<fieldset class="group langs" data-pointer=${pointer} tabindex="-1">
      <legend>${this.label(key, required)}</legend>
      ${description ? html`<p class="desc" id=${`${id}-desc`}>${description}</p>` : nothing}
      <div class="columns">
        ${langs.map((lang) => {
          const fid = `${id}-${lang}`;
          const missing = anyFilled && !map[lang];
          const at = `${pointer}${pointerOf([lang])}`;
          const label = `${key} — ${t.languageName(lang)}`;
          return html`<div class="column ${missing ? 'missing' : ''}" lang=${lang}>
            <label for=${fid}><span class="sr">${key} — </span>${t.languageName(lang)}</label>
            ${kind === 'markdown'
              ? html`<ck-studio-markdown id=${fid} data-pointer=${at} .value=${this.shown(`${pointer}#${lang}`, map[lang] ?? '')} label=${label} preview-label=${t.markdownPreview} @ck-studio-input=${(e: CustomEvent<{ value: string }>) => set(lang, e.detail.value)} @ck-studio-commit=${() => this.flush()}></ck-studio-markdown>`
              : html`<input type="text" id=${fid} data-pointer=${at} .value=${live(this.shown(`${pointer}#${lang}`, map[lang] ?? ''))} aria-invalid=${missing || this.store.diagnosticsAt(at).length ? 'true' : 'false'} aria-describedby=${missing ? `${fid}-missing` : nothing} @input=${(e: Event) => set(lang, (e.target as HTMLInputElement).value)} />`}
            ${missing ? html`<p class="missing-note" id=${`${fid}-missing`}>${t.missingTranslation(t.languageName(lang))}</p>` : nothing}
            ${this.problems(at, fid)}
          </div>`;
        })}
      </div>
      ${this.problems(pointer, id)}
    </fieldset>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-form': CkStudioForm;
  }
}
