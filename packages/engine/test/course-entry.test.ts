import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** The engine modules a module loads, transitively: its value imports and re-exports (not `import type`/`export type`). */
function loaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(resolve(src, file), 'utf8');
  for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)) {
    loaded(resolve(dirname(resolve(src, file)), `${m[1]}.ts`).slice(src.length + 1), seen);
  }
  return seen;
}

describe('@coursekit/engine/course', () => {
  it('loads the texts and the question types, and neither the engine nor its rules', () => {
    const types = readdirSync(resolve(src, 'questions/types')).map((name) => `questions/types/${name}`);
    const modules = [...loaded('course.ts')];
    // Every question type's module, whichever types there are, and besides them only these.
    expect(types.filter((f) => !modules.includes(f))).toEqual([]);
    expect(modules.filter((f) => !types.includes(f)).sort()).toEqual(['course.ts', 'questions/registry.ts', 'questions/type.ts', 'text.ts']);
  });

  it('the main entry, by the same reading, loads the engine and every rule', () => {
    const all = loaded('index.ts');
    expect(['core.ts', 'engine.ts', 'rules.ts', 'scenario/runner.ts', 'assessment/runner.ts'].filter((f) => !all.has(f))).toEqual([]);
  });
});
