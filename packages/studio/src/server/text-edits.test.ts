import { describe, expect, it } from 'vitest';
import { editJsonText } from './text-edits';

describe('editJsonText', () => {
  it('changes one value and not a byte more, even in a compact, hand-formatted file', () => {
    const text = '{\n  "id": "c",\n  "languages": ["id", "en"],\n  "title": { "id": "Judul", "en": "Title" }\n}\n';
    expect(editJsonText(text, { id: 'c', languages: ['id', 'en'], title: { id: 'Judul', en: 'New title' } })).toBe('{\n  "id": "c",\n  "languages": ["id", "en"],\n  "title": { "id": "Judul", "en": "New title" }\n}\n');
  });

  it('gives back a text equal in value unchanged, whatever the key order of the value', () => {
    const text = '\ufeff{\r\n\t"b": 1,   "a": [ 1,2 ]\r\n}';
    expect(editJsonText(text, { a: [1, 2], b: 1 })).toBe(text);
  });

  it('puts a new key where the value has it among the keys already there', () => {
    const text = '{\n  "id": "p",\n  "blocks": []\n}\n';
    expect(editJsonText(text, { id: 'p', title: 'T', blocks: [] })).toBe('{\n  "id": "p",\n  "title": "T",\n  "blocks": []\n}\n');
  });

  it('inserts and removes array elements without rewriting their neighbours', () => {
    const text = '{\n  "modules": [\n    { "$include": "a.json" },\n    { "$include": "b.json" }\n  ]\n}\n';
    expect(editJsonText(text, { modules: [{ $include: 'a.json' }, { $include: 'n.json' }, { $include: 'b.json' }] })).toBe(
      '{\n  "modules": [\n    { "$include": "a.json" },\n    {\n      "$include": "n.json"\n    },\n    { "$include": "b.json" }\n  ]\n}\n',
    );
    expect(editJsonText(text, { modules: [{ $include: 'b.json' }] })).toBe('{\n  "modules": [\n    { "$include": "b.json" }\n  ]\n}\n');
  });

  it('removes a key with its comma', () => {
    expect(editJsonText('{\n  "a": 1,\n  "b": 2\n}\n', { b: 2 })).toBe('{\n  "b": 2\n}\n');
  });
});
