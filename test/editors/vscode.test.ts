import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';

/**
 * What a designer sees in VS Code: its JSON language service (the one behind the editor), set up as
 * the example folder's .vscode/settings.json sets it up, over the flagship course's own files.
 */
const root = resolve(import.meta.dirname, '../..');
const courseDir = join(root, 'examples/integrity-ranger');

interface SchemaSetting {
  fileMatch: string[];
  url: string;
}

function languageService(settings: SchemaSetting[], workspace: string) {
  const service = getLanguageService({
    schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri.replace(/#.*$/, '')), 'utf8'),
    workspaceContext: { resolveRelativePath: (path, base) => new URL(path, base).href },
  });
  // VS Code resolves a relative `url` against the workspace folder and matches `fileMatch` on paths.
  const base = pathToFileURL(workspace + '/').href;
  service.configure({
    validate: true,
    allowComments: false,
    schemas: settings.map((s) => ({ uri: new URL(s.url, base).href, fileMatch: s.fileMatch.map((m) => `*/${m}`) })),
  });
  return service;
}

function open(service: ReturnType<typeof languageService>, file: string, text = readFileSync(file, 'utf8')) {
  const document = TextDocument.create(pathToFileURL(file).href, 'json', 1, text);
  return { document, json: service.parseJSONDocument(document) };
}

async function problems(service: ReturnType<typeof languageService>, file: string, text?: string) {
  const { document, json } = open(service, file, text);
  const diagnostics = await service.doValidation(document, json);
  return diagnostics.map((d) => `${relative(root, file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

const exampleSettings: SchemaSetting[] = JSON.parse(readFileSync(join(courseDir, '.vscode/settings.json'), 'utf8'))['json.schemas'];
const includedFiles = ['modules', 'scenarios'].flatMap((folder) =>
  readdirSync(join(courseDir, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(courseDir, folder, f)),
);

describe("the flagship's editor settings in VS Code's JSON language service", () => {
  const service = languageService(exampleSettings, courseDir);

  it('map every included file to a schema', () => {
    expect(includedFiles.length).toBeGreaterThan(5);
    for (const file of includedFiles) {
      const rel = relative(courseDir, file);
      expect(exampleSettings.some((s) => s.fileMatch.some((m) => new RegExp('^' + m.replace('.', '\\.').replace('*', '[^/]*') + '$').test(rel))), rel).toBe(true);
    }
  });

  it('find no problem in any included file of the flagship', async () => {
    const all = (await Promise.all(includedFiles.map((f) => problems(service, f)))).flat();
    expect(all).toEqual([]);
  });

  it('offer the block types as completions for a block type in a module', async () => {
    const file = join(courseDir, 'modules/01-apa-itu-gratifikasi.json');
    const original = readFileSync(file, 'utf8');
    const at = original.indexOf('"type": "') + '"type": "'.length;
    const text = original.slice(0, at) + original.slice(original.indexOf('"', at));
    const { document, json } = open(service, file, text);
    const list = await service.doComplete(document, document.positionAt(at), json);
    const labels = list!.items.map((i) => i.label.replace(/"/g, ''));
    expect(labels).toEqual(expect.arrayContaining(['text', 'heading', 'image', 'audio', 'video', 'callout', 'accordion', 'tabs', 'cards', 'dialogue', 'question', 'assessment', 'scenario']));
  });

  it('describe a property on hover in a scenario file', async () => {
    const file = join(courseDir, 'scenarios/parcel-lebaran.json');
    const text = readFileSync(file, 'utf8');
    const { document, json } = open(service, file);
    const hover = await service.doHover(document, document.positionAt(text.indexOf('"start"') + 2), json);
    expect(JSON.stringify(hover?.contents)).toContain('An id you choose: lowercase letters');
  });

  it('report a misspelt property in an included module at its line', async () => {
    const file = join(courseDir, 'modules/01-apa-itu-gratifikasi.json');
    const text = readFileSync(file, 'utf8').replace('"title"', '"titel"');
    const found = await problems(service, file, text);
    expect(found.some((p) => /titel/.test(p))).toBe(true);
  });

  it('would give false errors with the old "course.schema.json#/$defs/Module" mapping, which VS Code does not follow', async () => {
    const fragment = languageService(
      [{ fileMatch: ['modules/*.json'], url: '../../packages/schema/course.schema.json#/$defs/Module' }],
      courseDir,
    );
    const found = await problems(fragment, join(courseDir, 'modules/01-apa-itu-gratifikasi.json'));
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('a wrong block type', () => {
  it('is answered with the list of valid types', async () => {
    const service = languageService(exampleSettings, courseDir);
    const file = join(courseDir, 'modules/01-apa-itu-gratifikasi.json');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('"type": "') + '"type": "'.length;
    const end = text.indexOf('"', at);
    const found = await problems(service, file, text.slice(0, at) + 'txet' + text.slice(end));
    expect(found.join('\n')).toMatch(/"text"/);
    expect(found.join('\n')).toMatch(/"question"/);
  });
});
