import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file reachable from `entry` through relative imports (type-only imports included). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) visit(resolve(dirname(file), `${spec}.ts`));
  };
  visit(resolve(import.meta.dirname, entry));
  return new Set([...seen].map((f) => f.slice(resolve(import.meta.dirname).length + 1)));
}

describe('subpath exports', () => {
  it('./scorm12 reaches no SCORM 2004 code', () => {
    const files = [...reachable('scorm12/index.ts')];
    expect(files.filter((f) => f.startsWith('scorm2004/'))).toEqual([]);
    expect(files).toContain('scorm12/data-model.ts');
  });

  it('./scorm2004 reaches no SCORM 1.2 code', () => {
    expect([...reachable('scorm2004/index.ts')].filter((f) => f.startsWith('scorm12/'))).toEqual([]);
  });

  it('./standalone reaches no SCORM code', () => {
    expect([...reachable('standalone/index.ts')].filter((f) => /^scorm(12|2004)\//.test(f))).toEqual([]);
  });
});
