import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LMS_PROFILE_IDS, TARGETS } from '@coursekit/packager';
import { describe, expect, it } from 'vitest';
import { LMS_PROFILE_NAMES, TARGET_LABELS } from '../src/commands/targets';
import { VERSION } from '../src/help';
import { afterEachCleanup, REPO } from './run';

const { temp } = afterEachCleanup();
const BIN = path.join(REPO, 'packages/cli/dist/bin.js');
const DIST = pathToFileURL(path.join(REPO, 'packages/cli/dist')).href;

/** The modules the built `coursekit` resolves when run with these arguments, and what it printed. */
async function loadedBy(args: string[]) {
  const record = path.join(await temp(), 'loaded.txt');
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(import.meta.dirname, 'fixtures/record-loads.mjs')).href, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CK_RECORD_LOADS: record, COURSEKIT_CACHE_DIR: '' },
  });
  const urls = (await readFile(record, 'utf8')).trim().split('\n');
  return { status, stdout, stderr, urls, files: urls.filter((u) => !u.startsWith('node:')) };
}

describe('start-up', () => {
  for (const args of [['--version'], ['--help'], ['build', '--help'], ['validate', '--help'], ['report', '--help'], ['studio', '--help']]) {
    it(`coursekit ${args.join(' ')} loads only the command's own start-up modules, no packager, schema, report or Studio code`, async () => {
      const { status, stdout, urls, files } = await loadedBy(args);
      expect(status).toBe(0);
      expect(stdout.length).toBeGreaterThan(0);
      expect(urls).toContain(pathToFileURL(BIN).href);
      const foreign = files.filter((f) => !f.startsWith(`${DIST}/`) && !/\/fastest-levenshtein\//.test(f));
      expect(foreign).toEqual([]);
      expect(files.filter((f) => /packager|schema|report|runtime|components|\/studio\/(dist|src)\//.test(f))).toEqual([]);
      // The schema is bundled into the CLI's own chunks for validate: none of them is loaded here.
      const code = (await Promise.all(files.map((f) => readFile(new URL(f), 'utf8')))).join('\n');
      expect(code).not.toContain('function ucs2length');
    });
  }

  it('loads the packager once coursekit build runs', async () => {
    const { status, stderr, files } = await loadedBy(['build', 'missing.json', '--target', 'web']);
    expect(status).toBe(2);
    expect(stderr).toContain('missing.json');
    expect(files.some((f) => /\/packager\/dist\//.test(f))).toBe(true);
  });

  it('coursekit validate loads only the CLI\'s own bundled modules: the schema and the image budget check, no zip writer, manifests or image decoders', async () => {
    const { status, stderr, files } = await loadedBy(['validate', path.join(REPO, 'examples/integrity-ranger/course.json')]);
    expect(status).toBe(0);
    expect(stderr).toContain('valid');
    // Bundled at build time: no package is resolved and no CommonJS module is scanned at start.
    expect(files.filter((f) => !f.startsWith(`${DIST}/`))).toEqual([]);
    // The schema and the image budget check come as one script, dist/validate-core.cjs, compiled with the code cache, not as modules.
    const modules = (await Promise.all(files.map((f) => readFile(new URL(f), 'utf8')))).join('\n');
    expect(modules).not.toContain('function ucs2length');
    const code = modules + (await readFile(path.join(REPO, 'packages/cli/dist/validate-core.cjs'), 'utf8'));
    expect(code).toContain('CK740');
    expect(code).not.toMatch(/0x04034b50|67324752/); // the zip writer's local file header signature
    expect(code).not.toContain('imscp_v1p1'); // the SCORM manifests' namespace
  });

  it('coursekit validate keeps the compiled checks in the cache folder, gives the same answer from them, and replaces a damaged cache', async () => {
    const cache = path.join(await temp(), 'cache');
    const validate = () => spawnSync(process.execPath, [BIN, 'validate', 'examples/integrity-ranger/course.json', '--json'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, COURSEKIT_CACHE_DIR: cache } });
    const first = validate();
    const [stored, ...others] = readdirSync(cache);
    expect(others).toEqual([]);
    expect(stored).toMatch(new RegExp(`^validate-core\\.cjs-${VERSION.replace(/\./g, '\\.')}-.+\\.bin$`));
    const written = statSync(path.join(cache, stored!)).mtimeMs;
    const second = validate();
    expect(statSync(path.join(cache, stored!)).mtimeMs).toBe(written);
    writeFileSync(path.join(cache, stored!), readFileSync(path.join(cache, stored!)).subarray(0, 1000));
    const third = validate();
    expect(statSync(path.join(cache, stored!)).size).toBeGreaterThan(1000);
    expect([first.status, first.stdout]).toEqual([0, '[]\n']);
    expect([second.status, second.stdout, second.stderr]).toEqual([first.status, first.stdout, first.stderr]);
    expect([third.status, third.stdout, third.stderr]).toEqual([first.status, first.stdout, first.stderr]);
  });

  it('names in --help the targets and LMS profiles the packager has', () => {
    expect(TARGET_LABELS).toEqual(Object.fromEntries(Object.entries(TARGETS).map(([id, t]) => [id, t.label])));
    expect([...LMS_PROFILE_NAMES]).toEqual(LMS_PROFILE_IDS);
  });
});
