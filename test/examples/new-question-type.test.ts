import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from './load';

// docs/contributing/new-block-type.md lists what adding the hotspot question type touched. This
// keeps the list true: every registration it names still names the type, and no other source file
// names it without being listed as one of the type's own files, a registration or a generated file.

const root = resolve(examplesDir, '..');
const doc = readFileSync(join(root, 'docs/contributing/new-block-type.md'), 'utf8');
// Build output and installed files (.gitignore), never written by hand.
const SKIP = new Set(['node_modules', 'dist', 'storybook-static', 'coverage', '.coursekit-tmp', 'out', 'packages/schema/schemas']);

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (SKIP.has(name) || SKIP.has(path)) return [];
    if (statSync(join(root, path)).isDirectory()) return files(path);
    return /\.(ts|mts|mjs|js|json)$/.test(name) ? [path] : [];
  });
}

/** The backquoted repository paths in a piece of the doc. */
function paths(text: string): string[] {
  return [...text.matchAll(/`((?:packages|docs|test)\/[^`\s]+)`/g)].map((m) => m[1]!);
}
/** The doc between `<!-- name -->` and `<!-- /name -->`, or the section headed `heading`. */
const between = (name: string): string => doc.slice(doc.indexOf(`<!-- ${name} -->`), doc.indexOf(`<!-- /${name} -->`));
const section = (heading: string): string => doc.slice(doc.indexOf(`## ${heading}`), doc.indexOf('\n## ', doc.indexOf(`## ${heading}`) + 3));

const registrations = paths(between('registrations'));
const generated = paths(between('generated'));
const own = paths(section('New files: the type itself'));

describe('docs/contributing/new-block-type.md', () => {
  it('counts its registrations right, and each one still names the hotspot type', () => {
    expect(doc).toContain(`## Registrations: ${registrations.length} existing files edited`);
    expect(registrations.length).toBeLessThanOrEqual(8);
    const silent = registrations.filter((path) => !/hotspot/i.test(readFileSync(join(root, path), 'utf8')));
    expect(silent).toEqual([]);
  });

  it('lists every source file outside the type that names it', () => {
    const listed = [...registrations, ...generated, ...own];
    const naming = [...files('packages'), ...files('test')].filter((path) => /hotspot/i.test(readFileSync(join(root, path), 'utf8')));
    const unlisted = naming.filter((path) => path !== 'test/examples/new-question-type.test.ts' && !listed.some((l) => path === l || (l.endsWith('/') && path.startsWith(l))));
    expect(unlisted).toEqual([]);
    expect(own.filter((l) => !naming.some((path) => path === l || (l.endsWith('/') && path.startsWith(l))))).toEqual([]);
  });
});
