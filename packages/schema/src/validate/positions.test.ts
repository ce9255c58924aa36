import { beforeEach, describe, expect, it, vi } from 'vitest';

// Counts the syntax trees built: positions come from jsonc-parser's tree, so no tree, no positions.
const trees = vi.hoisted(() => ({ built: 0 }));
vi.mock('jsonc-parser', async (original) => {
  const actual = await original<typeof import('jsonc-parser')>();
  return { ...actual, parseTree: (...args: Parameters<typeof actual.parseTree>) => (trees.built++, actual.parseTree(...args)) };
});

// Counts the walks of a whole value for its colons alone: the index's walk counts them on its way.
const colonWalks = vi.hoisted(() => ({ whole: 0 }));
vi.mock('./colons', async (original) => {
  const actual = await original<typeof import('./colons')>();
  return { ...actual, countColons: (...args: Parameters<typeof actual.countColons>) => (args[1] === 0 && colonWalks.whole++, actual.countColons(...args)) };
});

const { validate } = await import('./validate');
const { parseJson } = await import('./parse');

const course = {
  schemaVersion: '1.0',
  id: 'demo',
  version: '1.0.0',
  title: { id: 'Demo: satu', en: 'Demo: one' },
  languages: ['id', 'en'],
  defaultLanguage: 'id',
  modules: [{ id: 'm1', title: 'Modul', pages: [{ id: 'p1', title: 'Halaman', blocks: [{ type: 'text', markdown: 'Halo: "dunia" \\ [tautan](https://example.org/a:b)' }] }] }],
};
const text = JSON.stringify(course, null, 2);

describe('source positions', () => {
  beforeEach(() => {
    trees.built = 0;
  });

  it('builds no syntax tree and no positions for a valid course', () => {
    expect(validate(text, { file: 'c.json' })).toEqual([]);
    expect(trees.built).toBe(0);
  });

  it('walks a valid course once for the index and the duplicate-key count, as parseJson alone walks it for the count', () => {
    colonWalks.whole = 0;
    expect(validate(text, { file: 'c.json' })).toEqual([]);
    expect(colonWalks.whole).toBe(0);
    expect(parseJson(text, 'c.json').diagnostics).toEqual([]);
    expect(colonWalks.whole).toBe(1);
  });

  it('builds the tree once when there is a problem to locate, and locates it exactly', () => {
    const broken = text.replace('"type": "text"', '"type": "txt"');
    expect(validate(broken, { file: 'c.json' }).map((d) => [d.code, d.line, d.column, d.pointer])).toEqual([['CK014', 24, 23, '/modules/0/pages/0/blocks/0/type']]);
    expect(trees.built).toBe(1);
  });

  it('finds a key written twice although JSON.parse keeps only the last', () => {
    const twice = text.replace('"id": "m1",', '"id": "m1", "id": "m1",');
    expect(validate(twice, { file: 'c.json' }).map((d) => [d.code, d.line, d.column, d.pointer])).toEqual([['CK003', 16, 19, '/modules/0/id']]);
  });

  it('finds a key written twice when a colon in a string or key stands in for the dropped one', () => {
    expect(validate('{"a": "x", "a": "x:"}').map((d) => [d.code, d.line, d.column])[0]).toEqual(['CK003', 1, 12]);
    expect(validate('{"a": 1, "a": "\\u003a"}').map((d) => [d.code, d.line, d.column])[0]).toEqual(['CK003', 1, 10]);
    expect(validate('{"a:": {"b": 1, "b": 2}}').map((d) => [d.code, d.line, d.column])[0]).toEqual(['CK003', 1, 17]);
  });

  it('finds a key written twice where the schema walk does not go: texts by language, unknown properties and block types, lists of lists', () => {
    const twice = (from: string, to: string) => {
      const changed = text.replace(from, to);
      expect(changed).not.toBe(text);
      return validate(changed, { file: 'c.json' }).filter((d) => d.code === 'CK003').map((d) => [d.line, d.column, d.pointer]);
    };
    expect(twice('"en": "Demo: one"', '"en": "Demo: one", "en": "Demo: one"')).toEqual([[7, 24, '/title/en']]);
    expect(twice('"id": "p1",', '"id": "p1", "extra": {"a": [[{"k": 1, "k": 2}]]},')).toEqual([[20, 49, '/modules/0/pages/0/extra/a/0/0/k']]);
    expect(twice('"type": "text",', '"type": "txt", "x": {"y:": 1, "y:": 2},')).toEqual([[24, 45, '/modules/0/pages/0/blocks/0/x/y:']]);
  });

  it('counts colons in unknown properties and texts by language without reporting a key twice', () => {
    const extra = text.replace('"id": "p1",', '"id": "p1", "extra": {"a:b": ["c:d", {"e": "f:g"}]},');
    expect(validate(extra, { file: 'c.json' }).map((d) => d.code)).toEqual(['CK011']);
  });
});
