import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

describe('the engine runs without a DOM', () => {
  it('no source touches window, document, storage, navigator or timers of the page', () => {
    const found = sources(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file.slice(src.length)}:${i + 1}`, line }))
        .filter(({ line }) => !/^\s*(\*|\/\/)/.test(line) && /\b(window|document|localStorage|sessionStorage|navigator|HTMLElement|customElements|requestAnimationFrame)\b/.test(line))
        .map(({ where }) => where),
    );
    expect(found).toEqual([]);
  });

  it('imports nothing but the schema types and its own files', () => {
    const imports = sources(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!));
    expect([...new Set(imports.filter((i) => !i.startsWith('.')))]).toEqual(['@coursekit/schema']);
  });
});
