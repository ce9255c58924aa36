import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('../src/**/*.ts', { query: '?raw', import: 'default', eager: true });

/** A folder of src/ is an element's when it holds `<folder>.component.ts`. */
const elements = new Set(
  Object.keys(sources)
    .map((file) => /^\.\.\/src\/([^/]+)\/\1\.component\.ts$/.exec(file)?.[1])
    .filter((name): name is string => !!name),
);

/** Every relative import of a file under src/, resolved to a path under src/ without extension. */
function imports(file: string, text: string): string[] {
  const dir = file.split('/').slice(0, -1);
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => {
    const parts = [...dir];
    for (const step of m[1]!.split('/')) {
      if (step === '..') parts.pop();
      else if (step !== '.') parts.push(step);
    }
    return parts.join('/').replace(/^\.\.\/src\//, '');
  });
}

describe('source folders', () => {
  it('an element reaches another element only through its class or the entry that defines it; shared code lives in internal/', () => {
    expect(elements.size).toBeGreaterThanOrEqual(13);
    const crossings: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      const own = /^\.\.\/src\/([^/]+)\//.exec(file)?.[1];
      if (!own || !elements.has(own)) continue;
      for (const target of imports(file, text)) {
        const [folder, ...rest] = target.split('/');
        if (!folder || folder === own || !elements.has(folder)) continue;
        const name = rest.join('/');
        if (name === folder || name === `${folder}.component`) continue;
        crossings.push(`${file.slice(3)} imports ${target}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
