import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from './load';

const root = resolve(examplesDir, '..');

/** Every source file of every package, without tests, stories and fixtures. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === 'node_modules' ? [] : sources(path);
    return /\.(ts|js|mjs)$/.test(name) && !/\.(test|stories)\.ts$/.test(name) ? [path] : [];
  });
}

/** code → the files that use it as a string literal ('CK605'). */
function codesInSource(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const src = join(root, 'packages', pkg, 'src');
    if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const file of sources(src)) {
      for (const [, code] of readFileSync(file, 'utf8').matchAll(/['"`](CK\d{3})['"`]/g)) {
        codes.set(code!, [...(codes.get(code!) ?? []), relative(root, file)]);
      }
    }
  }
  return codes;
}

const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');
const headings = [...doc.matchAll(/^### (CK\d{3}) — \S/gm)].map((m) => m[1]!);
const defined = codesInSource();

describe('docs/errors.md', () => {
  it('finds the codes of every family in the source (the scan itself works)', () => {
    const families = new Set([...defined.keys()].map((c) => c.slice(0, 3)));
    expect([...families].sort()).toEqual(['CK0', 'CK1', 'CK2', 'CK3', 'CK4', 'CK5', 'CK6', 'CK7', 'CK8', 'CK9']);
  });

  it('has a "### CKnnn — title" entry for every code in packages/*/src', () => {
    const missing = [...defined.keys()].filter((c) => !headings.includes(c)).sort();
    expect(missing.map((c) => `${c} (used in ${defined.get(c)!.join(', ')})`)).toEqual([]);
  });

  it('has no entry for a code that nothing reports', () => {
    expect(headings.filter((c) => !defined.has(c))).toEqual([]);
  });

  it('has one entry a code', () => {
    expect(headings.filter((c, i) => headings.indexOf(c) !== i)).toEqual([]);
  });

  it('tells how to fix every code (or that nothing needs fixing)', () => {
    const entries = doc.split(/^### /m).slice(1);
    const noFix = entries.filter((e) => !e.includes('**Fix:**')).map((e) => e.split('\n')[0]);
    expect(noFix).toEqual([]);
  });

  it('links every family in the table at the top to its section', () => {
    const slug = (h: string) => h.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
    const sections = new Set([...doc.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1]!)));
    const anchors = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThanOrEqual(6);
    expect(anchors.filter((a) => !sections.has(a))).toEqual([]);
  });
});
