import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './api';
import { FIELD_TEXTS, fieldText, TYPE_TEXTS, typeText, VALUE_TEXTS, valueText } from './field-texts';
import { refName } from './schema';

const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@coursekit/schema/course.schema.json'), 'utf8')) as JsonSchema;
const defs = { Course: schema, ...schema.$defs } as Record<string, JsonSchema>;

/** The properties a definition declares (in its own `properties`, or inline in its branches). */
function ownProperties(node: JsonSchema): string[] {
  const out = Object.keys(node.properties ?? {});
  for (const x of [...(node.oneOf ?? []), ...(node.anyOf ?? []), node.then, node.else]) if (x && !x.$ref) out.push(...ownProperties(x));
  return out;
}

/** The definitions a union reaches through `oneOf` and `if`/`then`/`else`, directly or not. */
function variantsOf(node: JsonSchema): string[] {
  const out: string[] = [];
  for (const x of [...(node.oneOf ?? []), node.then, node.else]) {
    if (!x) continue;
    const name = refName(x);
    out.push(...(name ? [name, ...variantsOf(defs[name]!)] : variantsOf(x)));
  }
  return out;
}

const unionsOf = (def: string) => Object.keys(defs).filter((u) => u !== 'Course' && variantsOf(defs[u]!).includes(def));
const pairs = Object.entries(defs).flatMap(([def, node]) => [...new Set(ownProperties(node))].map((prop) => ({ def, prop })));

describe('field texts of the course schema', () => {
  it('has a label and a help text in Indonesian and English for every property of every definition', () => {
    expect(pairs.length).toBeGreaterThan(300);
    const missing = pairs.flatMap(({ def, prop }) =>
      ['id', 'en'].flatMap((lang) => {
        const text = fieldText(lang, def, unionsOf(def), prop);
        return text?.label.trim() && text.help.trim() ? [] : [`${def}.${prop} (${lang})`];
      }),
    );
    expect(missing).toEqual([]);
  });

  it('names only definitions and properties the schema has', () => {
    const properties = new Set(pairs.map((p) => p.prop));
    const stale = Object.keys(FIELD_TEXTS).filter((key) => {
      const [def, prop] = key.includes('.') ? (key.split('.') as [string, string]) : [undefined, key];
      if (!def) return !properties.has(prop);
      if (!defs[def]) return true;
      return ![def, ...variantsOf(defs[def])].some((d) => ownProperties(defs[d]!).includes(prop));
    });
    expect(stale).toEqual([]);
  });

  it('picks the most specific text: the definition, then its union, then the property alone', () => {
    expect(fieldText('id', 'Page', [], 'title')).toEqual({ label: 'Judul halaman', help: 'Tampil sebagai judul utama halaman dan di daftar isi.' });
    expect(fieldText('en', 'SingleChoiceQuestion', ['Question'], 'id')).toEqual({ label: 'Question id', help: 'Unique in the course; tracking uses it, so keep it once learners have answered.' });
    expect(fieldText('id', 'Card', [], 'notes')).toEqual({ label: 'Catatan penulis', help: 'Catatan untuk penulis dan penelaah; tidak pernah ditampilkan kepada peserta.' });
    expect(fieldText('id', 'Card', [], 'nosuch')).toBeUndefined();
  });

  it('says what every fixed value of a menu means in both languages, but for file formats and type names', () => {
    const enums = pairs.flatMap(({ def, prop }) => {
      const own = [defs[def]!, ...[...(defs[def]!.oneOf ?? []), defs[def]!.then, defs[def]!.else].filter((x): x is JsonSchema => !!x && !x.$ref)].map((n) => n.properties?.[prop]).find(Boolean)!;
      const node = own.$ref ? defs[refName(own)!]! : own;
      const values = (node.enum ?? node.items?.enum ?? []).filter((v): v is string => typeof v === 'string');
      return def === 'Resource' || prop === 'type' ? [] : values.map((value) => ({ def, prop, value }));
    });
    expect(enums.length).toBeGreaterThan(40);
    const missing = enums.flatMap(({ def, prop, value }) => ['id', 'en'].flatMap((lang) => (valueText(lang, def, prop, value)?.trim() ? [] : [`${def}.${prop}=${value} (${lang})`])));
    expect(missing).toEqual([]);
    const values = new Set(enums.map((e) => e.value));
    expect(Object.keys(VALUE_TEXTS).filter((k) => !values.has(/^\w+\.\w+=(.*)$/.exec(k)?.[1] ?? k))).toEqual([]);
    expect([valueText('id', 'EndingNode', 'outcome', 'partial'), valueText('id', 'MatchingQuestion', 'scoring', 'partial'), valueText('en', 'Comparison', 'op', '>=')]).toEqual(['sebagian berhasil', 'nilai sebagian', 'at least']);
  });

  it('names every block, question and scenario node type in both languages, with the JSON tag beside the name', () => {
    const tags = ['Block', 'Question', 'ScenarioNode'].flatMap((u) => (defs[u]!.properties!.type!.enum as string[]));
    expect(tags.length).toBeGreaterThan(20);
    const missing = tags.flatMap((tag) => ['id', 'en'].flatMap((lang) => (TYPE_TEXTS[tag]?.[lang === 'en' ? 1 : 0]?.trim() ? [] : [`${tag} (${lang})`])));
    expect(missing).toEqual([]);
    expect(Object.keys(TYPE_TEXTS).filter((k) => !tags.includes(k))).toEqual([]);
    expect([typeText('id', 'single-choice'), typeText('en', 'ending'), typeText('id', 'new-type')]).toEqual(['Pilihan ganda, satu jawaban (single-choice)', 'Ending (ending)', 'new-type']);
  });
});
