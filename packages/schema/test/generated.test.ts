import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/schema/generated/validate-course';
import { generatedFiles } from '../src/schema/source/outputs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('generated files', () => {
  const files = generatedFiles();

  it('include the schema, the part schemas, the compiled validator and the reference', () => {
    expect(Object.keys(files).sort()).toEqual([
      '../../docs/reference/course-format.md',
      'course.schema.json',
      'module.schema.json',
      'page.schema.json',
      'scenario.schema.json',
      'src/schema/generated/core-schema.ts',
      'src/schema/generated/validate-course.js',
    ]);
  });

  it.each(Object.keys(files))('%s is what src/schema/source/ generates (run `pnpm --filter @coursekit/schema generate`)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(files[path]);
  });

  it('the compiled validator needs no eval and no Node module', () => {
    const code = files['src/schema/generated/validate-course.js'] as string;
    expect(code).not.toMatch(/\b(eval|Function)\(|new Function|require\(|from ["']node:/);
  });

  it('the compiled validator hands each nested one the instance path alone, not an object of options per value', () => {
    const code = files['src/schema/generated/validate-course.js'] as string;
    expect(code).not.toMatch(/\b(parentData|parentDataProperty|rootData|dynamicAnchors)\b/);
    const signatures = [...code.matchAll(/\bfunction validate\d+\(([^)]*)\)/g)].map((m) => m[1]);
    expect(new Set(signatures)).toEqual(new Set(['data, instancePath=""']));
  });

  it('the compiled validator finds a text with no language, without listing its keys', () => {
    const course = JSON.parse(readFileSync(join(root, 'test/corpus/valid/small.course.json'), 'utf8'));
    expect(validate(course)).toBe(true);
    for (const title of [{}, Object.create({ en: 'Inherited' })]) {
      expect(validate({ ...course, title })).toBe(false);
      expect(validate.errors).toEqual([{ instancePath: '/title', schemaPath: '#/minProperties', keyword: 'minProperties', params: { limit: 1 } }]);
    }
    expect(files['src/schema/generated/validate-course.js']).not.toContain('Object.keys(');
  });
});
