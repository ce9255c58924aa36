import { beforeEach, describe, expect, it, vi } from 'vitest';

// Counts the syntax trees built: positions come from jsonc-parser's tree, so no tree, no positions.
const trees = vi.hoisted(() => ({ built: 0 }));
vi.mock('jsonc-parser', async (original) => {
  const actual = await original<typeof import('jsonc-parser')>();
  return { ...actual, parseTree: (...args: Parameters<typeof actual.parseTree>) => (trees.built++, actual.parseTree(...args)) };
});

const { validate } = await import('./validate');

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
});
