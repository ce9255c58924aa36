import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docExamples } from './docs-examples';
import { xapiProblems } from './validate';

const page = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/tracking/xapi.md'), 'utf8');
const blocks = new Map([...page.matchAll(/<!-- example: ([\w-]+) -->\n```json\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, JSON.parse(m[2]!) as unknown]));
const examples = docExamples();

describe('docs/tracking/xapi.md', () => {
  it('shows every example the package builds, and nothing else', () => {
    expect([...blocks.keys()].sort()).toEqual(Object.keys(examples).sort());
  });

  it.each(Object.keys(examples))('shows the %s statement exactly as the package builds it', (key) => {
    expect(blocks.get(key)).toEqual(JSON.parse(JSON.stringify(examples[key])));
    expect(xapiProblems(examples[key])).toEqual([]);
  });
});
