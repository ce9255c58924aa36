import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EDITOR_KEYWORDS } from '../src/schema/source/outputs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schemaDir = join(repo, 'packages', 'schema');

type Mapping = { fileMatch: string[]; url: string };

/** `json.schemas` of a `.vscode/settings.json`, its URLs made absolute paths (a `#/…` fragment kept apart). */
function mappings(settingsFile: string): Array<{ fileMatch: string[]; file: string; fragment: string }> {
  const folder = dirname(dirname(settingsFile));
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { 'json.schemas': Mapping[] };
  return settings['json.schemas'].map(({ fileMatch, url }) => {
    const [path, fragment = ''] = url.split('#');
    return { fileMatch, file: resolve(folder, path!), fragment };
  });
}

/**
 * VS Code's matching of `fileMatch` (vscode-json-languageservice): a pattern without a leading `/`
 * matches at any depth below the workspace folder (`**​/` is put in front); `*` stays in one segment.
 */
function matches(pattern: string, path: string): boolean {
  const body = pattern.replace(/^\//, '').split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
  return new RegExp(`(^|/)${body}$`).test(path);
}

/** Every JSON file an author writes in examples/: courses, modules, pages and scenarios. */
function authoredJson(): string[] {
  return readdirSync(join(repo, 'examples'), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.json'))
    .filter((path) => !/(^|\/)(node_modules|dist|\.vscode)\//.test(path))
    .filter((path) => !/(^|\/)(package|tsconfig)\.json$/.test(path))
    .map((path) => `examples/${path}`)
    .sort();
}

function ajvWithSchemas() {
  const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false, allowUnionTypes: true });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  for (const name of ['course', 'module', 'page', 'scenario']) {
    const file = join(schemaDir, `${name}.schema.json`);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    // The part schemas refer to `course.schema.json#/$defs/…` relative to themselves; give them their file's URL.
    ajv.addSchema({ ...schema, $id: (schema.$id as string | undefined) ?? `file://${file}` }, `file://${file}`);
  }
  return ajv;
}

describe('VS Code knows every course file in the repository', () => {
  const files = authoredJson();
  const ajv = ajvWithSchemas();

  it('finds the example courses, modules and scenarios', () => {
    expect(files).toContain('examples/integrity-ranger/course.json');
    expect(files.some((path) => path.includes('/modules/'))).toBe(true);
    expect(files.some((path) => path.includes('/scenarios/'))).toBe(true);
  });

  for (const settings of ['.vscode/settings.json', 'examples/integrity-ranger/.vscode/settings.json']) {
    const folder = dirname(dirname(join(repo, settings)));
    const inFolder = files.filter((path) => !relative(folder, join(repo, path)).startsWith('..'));

    it.each(inFolder)(`${settings} gives %s exactly one schema, and the file is valid against it`, (path) => {
      const within = posix.normalize(relative(folder, join(repo, path)).split(sep).join('/'));
      const chosen = mappings(join(repo, settings)).filter((m) => m.fileMatch.some((pattern) => matches(pattern, within)));
      // The example folder's own settings map only its included parts; the course file is found by its `$schema`.
      if (chosen.length === 0 && settings !== '.vscode/settings.json' && /course\.json$/.test(path)) return;
      expect(chosen.map((m) => relative(repo, m.file) + (m.fragment ? `#${m.fragment}` : ''))).toHaveLength(1);
      const { file, fragment } = chosen[0]!;
      const validate = ajv.getSchema(`file://${file}${fragment ? `#${fragment}` : ''}`);
      expect(validate, `${relative(repo, file)}#${fragment} compiles`).toBeTypeOf('function');
      const data = JSON.parse(readFileSync(join(repo, path), 'utf8'));
      expect(validate!(data), ajv.errorsText(validate!.errors)).toBe(true);
    });
  }

  it('maps a module file to the module schema, not the course schema', () => {
    const chosen = mappings(join(repo, '.vscode/settings.json')).filter((m) => m.fileMatch.some((p) => matches(p, 'examples/x/modules/01-intro.json')));
    expect(chosen.map((m) => relative(repo, m.file).split(sep).join('/'))).toEqual(['packages/schema/module.schema.json']);
  });

  it('the matcher follows VS Code: patterns match at any depth, `*` within one folder', () => {
    expect(matches('*.course.json', 'examples/a/parcel.course.json')).toBe(true);
    expect(matches('modules/*.json', 'examples/a/modules/01.json')).toBe(true);
    expect(matches('modules/*.json', 'node_modules/x.json')).toBe(false);
    expect(matches('modules/*.json', 'examples/a/modules/deep/01.json')).toBe(false);
    expect(matches('course.json', 'examples/a/my-course.json')).toBe(false);
  });
});

describe('example courses', () => {
  const courses = authoredJson().filter((path) => /(^|\/)([^/]+\.)?course\.json$/.test(path));

  it.each(courses)('%s begins with "$schema" pointing at the course schema', (path) => {
    const text = readFileSync(join(repo, path), 'utf8');
    const course = JSON.parse(text) as { $schema?: string };
    expect(Object.keys(course)[0]).toBe('$schema');
    expect(resolve(dirname(join(repo, path)), course.$schema!)).toBe(join(schemaDir, 'course.schema.json'));
  });
});
