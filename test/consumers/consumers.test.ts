import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Three projects as developers start them (Vite + TypeScript, React 19 + TypeScript, Vue 3 +
 * TypeScript), each in a folder of its own outside the workspace, installing CourseKit from the
 * packed tarballs as npm would give it to them, then type-checking strictly and building.
 */
const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples');
const testPackage = JSON.parse(readFileSync(join(root, 'test/package.json'), 'utf8'));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = (name: string) => testPackage.devDependencies[name] ?? rootPackage.devDependencies[name];

const PACKED = ['schema', 'engine', 'session', 'components'];
let work: string;
const tarballs: Record<string, string> = {};

function run(cwd: string, command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'coursekit-consumers-'));
  for (const name of PACKED) {
    const out = execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: join(root, 'packages', name), encoding: 'utf8' });
    tarballs[`@coursekit/${name}`] = resolve(work, out.trim().split('\n').pop()!.trim());
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

function project(name: string, devDependencies: string[], coursekit: string[] = ['components']) {
  const dir = join(work, name);
  cpSync(join(import.meta.dirname, name), dir, { recursive: true });
  const file = (path: string) => `file:${path}`;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `consumer-${name}`,
        private: true,
        type: 'module',
        dependencies: Object.fromEntries(coursekit.map((n) => [`@coursekit/${n}`, file(tarballs[`@coursekit/${n}`]!)])),
        devDependencies: Object.fromEntries(devDependencies.map((d) => [d, version(d)])),
        // The packed components name their siblings by version; until they are on npm, the tarballs stand in.
        pnpm: { overrides: Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, file(t)])) },
      },
      null,
      2,
    ),
  );
  const install = run(dir, 'pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--reporter=silent']);
  expect(install.status, install.output).toBe(0);
  return dir;
}

function builtScripts(dir: string) {
  const assets = join(dir, 'dist/assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

/** The project type-checks with no message and builds for production, with <ck-scenario> in its scripts. */
function typeChecksAndBuilds(dir: string, checker: 'tsc' | 'vue-tsc') {
  const tsc = run(dir, `node_modules/.bin/${checker}`, ['-p', '.']);
  expect(tsc.output.trim()).toBe('');
  expect(tsc.status).toBe(0);
  const build = run(dir, 'node_modules/.bin/vite', ['build', '--logLevel', 'error']);
  expect(build.status, build.output).toBe(0);
  expect(builtScripts(dir)).toContain('ck-scenario');
}

/** The type-check of a project given a wrong file: it fails, and its output says why. */
function typeCheckFails(dir: string, checker: 'tsc' | 'vue-tsc') {
  const wrong = run(dir, `node_modules/.bin/${checker}`, ['-p', '.']);
  expect(wrong.status).not.toBe(0);
  return wrong;
}

describe('a project that installs CourseKit from its npm tarballs', () => {
  it('type-checks the engine README\'s first example as written there', () => {
    const readme = readFileSync(join(root, 'packages/engine/README.md'), 'utf8');
    const block = /<!-- from: test\/consumers\/vite-ts\/src\/engine\.ts -->\n```ts\n([\s\S]*?)```/.exec(readme);
    expect(block, 'the README names the file its first example is type-checked in').not.toBeNull();
    expect(readFileSync(join(import.meta.dirname, 'vite-ts/src/engine.ts'), 'utf8')).toContain(block![1]!);
  });

  it('Vite + TypeScript: strict type-check of typed properties and events, then a production build', () => {
    const dir = project('vite-ts', ['typescript', 'vite'], ['components', 'engine', 'schema']);
    // src/engine.ts is the engine README's first example, on the tour course.
    cpSync(join(examples, 'tour/course.json'), join(dir, 'src/course.json'));
    typeChecksAndBuilds(dir, 'tsc');

    writeFileSync(join(dir, 'src/wrong.ts'), "document.querySelector('ck-scenario')!.noReplay = 'yes';\n");
    const wrong = typeCheckFails(dir, 'tsc');
    expect(wrong.output).toContain("Type 'string' is not assignable to type 'boolean'");
  }, 180_000);

  it('React 19 + TypeScript: <ck-scenario> in JSX with typed props and onck-… listeners, then a production build', () => {
    const dir = project('react-ts', ['typescript', 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom']);
    typeChecksAndBuilds(dir, 'tsc');

    writeFileSync(
      join(dir, 'src/wrong.tsx'),
      '/// <reference types="@coursekit/components/react" />\nexport const a = <ck-scenario scenarioId={5} />;\nexport const b = <ck-scenario onck-choice={(e) => e.detail.nope} />;\n',
    );
    const wrong = typeCheckFails(dir, 'tsc');
    expect(wrong.output).toContain("Type 'number' is not assignable to type 'string'");
    expect(wrong.output).toContain("Property 'nope' does not exist on type 'ChoiceDetail'");
  }, 180_000);

  it('Vue 3 + TypeScript: <ck-scenario> in a template checked by vue-tsc, then a production build', () => {
    const dir = project('vue-ts', ['typescript', 'vite', 'vue', 'vue-tsc', '@vitejs/plugin-vue']);
    typeChecksAndBuilds(dir, 'vue-tsc');

    writeFileSync(join(dir, 'src/Wrong.vue'), '<template>\n  <ck-scenario :scenario-id="5" />\n</template>\n');
    const wrong = typeCheckFails(dir, 'vue-tsc');
    expect(wrong.output).toContain("Type 'number' is not assignable to type 'string'");
  }, 180_000);
});
