import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_TEXTS } from '@coursekit/schema';
import { examplesDir } from './load';

// docs/contributing/new-block-type.md lists the registries a content block type is added to. This
// keeps the list true: each registry it names is the one its layer reads, and the registries agree
// with the schema on which block types there are.

const root = resolve(examplesDir, '..');
const doc = readFileSync(join(root, 'docs/contributing/new-block-type.md'), 'utf8');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const between = (name: string): string => doc.slice(doc.indexOf(`<!-- ${name} -->`), doc.indexOf(`<!-- /${name} -->`));
const registrations = [...between('block-registrations').matchAll(/^\d+\. `((?:packages|docs|test)\/[^`\s]+)`/gm)].map((m) => m[1]!);

const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@coursekit/schema/course.schema.json'), 'utf8')) as {
  $defs: Record<string, { properties?: { type?: { enum?: string[] } } }>;
};
const blockTypes = schema.$defs.Block!.properties!.type!.enum!;
/** The block types `BLOCK_ELEMENTS` registers, read from its source (it imports element chunks). */
const elementTypes = [...read('packages/components/src/internal/block-elements.ts').matchAll(/^ {2}([a-z-]+): \{ tag: '(ck-[a-z-]+)'/gm)].map((m) => [m[1]!, m[2]!] as const);

describe('the block types section of docs/contributing/new-block-type.md', () => {
  it('names the three registries, each read by its layer', () => {
    expect(registrations).toEqual(['packages/schema/src/block-types/registry.ts', 'packages/schema/src/block-types/texts.ts', 'packages/components/src/internal/block-elements.ts']);
    expect(read('packages/schema/src/schema/source/blocks.ts')).toContain('BLOCK_SCHEMAS.map((t) => t.branch)');
    expect(read('packages/schema/src/schema/source/reference.ts')).toContain("['Block', ...BLOCK_SCHEMAS.flatMap(");
    expect(read('packages/studio/src/app/field-texts.ts')).toContain('BLOCK_TEXTS.map((t) => t.fields)');
    expect(read('packages/components/src/course-player/blocks.ts')).toContain('BLOCK_ELEMENTS[');
  });

  it('registers elements and Studio texts only for block types the schema has', () => {
    expect(blockTypes).toEqual(['text', 'heading', 'image', 'audio', 'video', 'callout', 'accordion', 'tabs', 'cards', 'dialogue', 'question', 'assessment', 'scenario']);
    expect(elementTypes).toEqual([['dialogue', 'ck-dialogue']]);
    expect(elementTypes.filter(([type]) => !blockTypes.includes(type))).toEqual([]);
    expect(BLOCK_TEXTS.map((t) => t.type).filter((type) => !blockTypes.includes(type))).toEqual([]);
  });

  it('leaves the template of a registered type out of the player', () => {
    const player = read('packages/components/src/course-player/blocks.ts');
    expect(elementTypes.filter(([type, tag]) => player.includes(`case '${type}'`) || player.includes(`<${tag}`))).toEqual([]);
  });
});
