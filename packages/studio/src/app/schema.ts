import type { JsonSchema } from './api';

/** The `$defs` name a `$ref` points at (`#/$defs/Page` → `Page`). */
export const refName = (s: JsonSchema | undefined): string | undefined => s?.$ref?.replace('#/$defs/', '');

/**
 * Reads the course JSON Schema for the forms: resolves `$ref`s, picks the branch of a `oneOf`
 * (by its discriminator) or `if`/`then`/`else` that fits a value, and makes new values from the
 * schema's snippets or its required properties. Nothing here knows a block type by name, so a
 * type added to the schema gets its form and its place in the "add" menus without Studio code.
 */
export class SchemaReader {
  constructor(readonly root: JsonSchema) {}

  def(name: string): JsonSchema {
    return this.root.$defs?.[name] ?? {};
  }

  /** Follows `$ref`s, keeping the outer description. */
  resolve(s: JsonSchema | undefined): JsonSchema {
    let out = s ?? {};
    for (let i = 0; out.$ref && i < 10; i++) {
      const target = this.def(refName(out)!);
      out = { ...target, description: out.description ?? target.description, title: out.title ?? target.title };
    }
    return out;
  }

  /** Whether the node is a language map (text in each language). */
  localized(s: JsonSchema | undefined): 'text' | 'markdown' | undefined {
    const name = refName(s);
    return name === 'LocalizedMarkdown' ? 'markdown' : name === 'LocalizedText' ? 'text' : undefined;
  }

  /** The branch of the schema that describes `value` (the variant of a union, by its tag). */
  branch(s: JsonSchema | undefined, value: unknown): JsonSchema {
    return this.located(s, value).node;
  }

  /**
   * The `$defs` name of the branch that describes `value` (`Course` for the top level) and the
   * unions it was reached through (`Block`, `Question`, `ScenarioNode`…), for the field texts.
   */
  nameOf(s: JsonSchema | undefined, value: unknown): { def: string | undefined; unions: string[] } {
    const { names } = this.located(s, value);
    return { def: s === this.root ? 'Course' : names.at(-1), unions: names.slice(0, -1).reverse() };
  }

  private located(s: JsonSchema | undefined, value: unknown): { node: JsonSchema; names: string[] } {
    const names: string[] = [];
    const step = (x: JsonSchema | undefined) => {
      for (let y = x, i = 0; y?.$ref && i < 10; i++) {
        names.push(refName(y)!);
        y = this.def(refName(y)!);
      }
      return this.resolve(x);
    };
    let node = step(s);
    for (let i = 0; i < 6; i++) {
      if (node.if && node.then) {
        const required = node.if.required ?? [];
        const fits = value !== null && typeof value === 'object' && required.every((k) => k in (value as object));
        node = step(fits ? node.then : node.else);
        continue;
      }
      if (node.oneOf) {
        const variants = this.variants(node);
        const tag = node.discriminator?.propertyName ?? 'type';
        const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[tag] : undefined;
        const match = variants.find((x) => x.tag === v) ?? variants[0];
        node = match ? step(match.schema) : node;
        continue;
      }
      break;
    }
    return { node, names };
  }

  /** The variants of a tagged union: each one's tag value (`text`, `single-choice`…) and schema. */
  variants(s: JsonSchema): { tag: string; schema: JsonSchema; description?: string }[] {
    const node = this.resolve(s);
    const tag = node.discriminator?.propertyName ?? 'type';
    return (node.oneOf ?? []).map((v) => {
      const r = this.resolve(v);
      return { tag: String(r.properties?.[tag]?.const ?? ''), schema: v, description: r.description };
    }).filter((v) => v.tag);
  }

  /** A new value for the schema node: its first snippet with the placeholders' defaults, or its required parts. */
  create(s: JsonSchema | undefined, languages: string[], taken: (id: string) => boolean, tag?: string): unknown {
    const node = this.resolve(s);
    if (node.oneOf) {
      const variants = this.variants(node);
      const variant = variants.find((v) => v.tag === tag) ?? variants[0];
      const snippet = node.defaultSnippets?.find((x) => x.label === variant?.tag);
      if (snippet) return this.fromSnippet(snippet.body, variant!.schema, languages, taken);
      return variant ? this.create(variant.schema, languages, taken) : {};
    }
    if (this.localized(s)) return Object.fromEntries(languages.map((l) => [l, '']));
    if (node.defaultSnippets?.[0]) return this.fromSnippet(node.defaultSnippets[0].body, s!, languages, taken);
    return this.skeleton(s, languages, taken);
  }

  private skeleton(s: JsonSchema | undefined, languages: string[], taken: (id: string) => boolean): unknown {
    if (this.localized(s)) return Object.fromEntries(languages.map((l) => [l, '']));
    if (refName(s) === 'Id') return freshId('item', taken);
    const node = this.branch(s, undefined);
    if (node.const !== undefined) return node.const;
    if (node.enum) return node.enum[0];
    const type = Array.isArray(node.type) ? node.type[0] : node.type;
    if (type === 'object' || node.properties) {
      const out: Record<string, unknown> = {};
      for (const key of node.required ?? []) out[key] = this.skeleton(node.properties?.[key], languages, taken);
      return out;
    }
    if (type === 'array') return Array.from({ length: node.minItems ?? 0 }, () => this.skeleton(node.items, languages, taken));
    if (type === 'number' || type === 'integer') return node.minimum ?? 0;
    if (type === 'boolean') return false;
    return '';
  }

  /** A schema snippet with `${1:Text}` placeholders replaced by their defaults, ids made unique, texts given per language. */
  private fromSnippet(body: unknown, s: JsonSchema, languages: string[], taken: (id: string) => boolean): unknown {
    const fill = (v: unknown, schema: JsonSchema | undefined, key: string): unknown => {
      const node = this.branch(schema, v);
      if (typeof v === 'string') {
        const text = v.replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
        if (this.localized(schema)) return Object.fromEntries(languages.map((l) => [l, l === languages[0] ? text : '']));
        if (refName(schema) === 'Id' && key === 'id') return freshId(text, taken);
        if ((node.type === 'number' || node.type === 'integer') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
        return text;
      }
      if (Array.isArray(v)) return v.map((x) => fill(x, node.items, ''));
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, node.properties?.[k], k)]));
      return v;
    };
    return fill(body, s, '');
  }
}

/** An id like `base`, `base-2`, … that is not taken. */
export function freshId(base: string, taken: (id: string) => boolean): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
  if (!taken(clean)) return clean;
  for (let n = 2; ; n++) if (!taken(`${clean}-${n}`)) return `${clean}-${n}`;
}

/** Every `id` value in the course, so new ids stay unique. */
export function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.add(v);
      else idsIn(v, out);
    }
  }
  return out;
}

/** The schema node that describes the value at `pointer` of `root` (unions resolved by the values on the way). */
export function schemaAt(reader: SchemaReader, root: unknown, parts: string[]): JsonSchema {
  let node: JsonSchema = reader.root;
  let value: unknown = root;
  for (const part of parts) {
    const here = reader.branch(node, value);
    node = (Array.isArray(value) || here.type === 'array' ? here.items : here.properties?.[part]) ?? {};
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return node;
}
