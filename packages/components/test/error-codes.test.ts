import { describe, expect, it } from 'vitest';

const registry = import.meta.glob<string>('../src/events/error-codes.ts', { query: '?raw', import: 'default', eager: true });
const docs = import.meta.glob<string>('../../../docs/errors.md', { query: '?raw', import: 'default', eager: true });

describe('ck-error codes', () => {
  it('docs/errors.md lists exactly the codes of ComponentErrorCodes, with the same elements', () => {
    const source = Object.values(registry)[0]!;
    const body = source.slice(source.indexOf('export interface ComponentErrorCodes'));
    const inCode = [...body.matchAll(/^ {2}'([a-z-]+)': ([^;]+);/gm)].map((m) => `${m[1]} ${m[2]!.replace(/'/g, '').split(' | ').join(', ')}`);
    const doc = Object.values(docs)[0]!;
    const section = doc.slice(doc.indexOf("## Components in the learner's page"));
    const inDocs = [...section.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => `${m[1]} ${m[2]!.trim()}`);
    expect(inCode.length).toBe(12);
    expect(inDocs).toEqual(inCode);
  });
});
