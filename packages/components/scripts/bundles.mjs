/**
 * The one build of every bundle a learner downloads: the plain-page bundles (dist/coursekit.js,
 * dist/ck-scenario.js) and each package target's player (dist/player/<target>/coursekit.js, with
 * its lazy chunks beside it). Every bundle goes through the same steps and settings
 * (bundle-options.mjs): esbuild bundles this package's sources with their Lit templates minified
 * and decorators made static properties, Lit and the engine included, no developer warnings; then
 * terser minifies every file it wrote. Every bundle splits: what the first page needs is in the
 * entry file (a page includes it with one script tag) and the chunks it imports, the rest (rarely
 * used elements, the engine's rules, the scenario map, the session of an element given trackers,
 * the xAPI client of a web package without an LRS) in chunks loaded on demand, by relative URL,
 * from the folder beside it.
 *
 * Run as a script (`node scripts/bundles.mjs`, part of `pnpm build`) it writes them all; the size
 * check (bench/size.mjs) and the bundle tests build them in memory through {@link buildBundle}.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { bundleConditions, terserOptions } from './bundle-options.mjs';
import { bundleSourcesPlugin } from './static-properties.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The package targets' players (the packager's "player bundles"), one per tracking technology. */
export const PLAYERS = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'];

/**
 * Every bundle: its name, entry, output folder (below dist/), whether it splits into chunks and
 * the folder of its chunks; `scenariosOnly`: its engine's rules are the scenario runner alone.
 */
export const BUNDLES = [
  { name: 'coursekit', entry: 'src/bundles/coursekit.ts', dir: '', splitting: true, chunkDir: 'coursekit' },
  { name: 'ck-scenario', entry: 'src/bundles/ck-scenario.ts', dir: '', splitting: true, chunkDir: 'ck-scenario', scenariosOnly: true },
  ...PLAYERS.map((target) => ({ name: `player/${target}`, entry: `src/player/${target}.ts`, dir: `player/${target}`, file: 'coursekit', splitting: true })),
];

/**
 * `<ck-scenario>`, the one element of `ck-scenario.js`, plays scenarios only: there the engine's
 * rules module (`src/rules.ts` of `@coursekit/engine`, which `LazyCourseEngine` imports on demand)
 * is the scenario rules alone (`src/scenario-rules.ts`), so its rules chunk carries no assessment
 * runner or question scoring.
 */
const scenarioRulesOnlyPlugin = {
  name: 'scenario-rules-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]src[\\/]rules\.ts$/ }, (args) => ({
      contents: "export { scenarioRules as engineRules } from './scenario-rules';",
      loader: 'ts',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * Builds one bundle in memory: the files it writes (path relative to its folder), minified, with
 * their source maps. `entry` is the file a page loads; each file lists the files it imports
 * statically (`imports`, fetched before it runs) and on demand (`dynamic`).
 *
 * @example
 * const { entry, files } = await buildBundle(BUNDLES.find((b) => b.name === 'player/scorm12'));
 * // entry: 'coursekit.js'; files: [{ path: 'coursekit.js', code, map, imports: ['chunk-AB12CD34.js'], dynamic: ['chunk-…'] }, …]
 */
export async function buildBundle(bundle, { minifyOptions = terserOptions } = {}) {
  const outdir = path.join(root, 'dist', bundle.dir);
  const file = bundle.file ?? bundle.name;
  const result = await build({
    entryPoints: { [file]: path.join(root, bundle.entry) },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: bundle.splitting,
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
    sourcemap: 'external',
    legalComments: 'none',
    conditions: bundleConditions,
    define: { 'process.env.NODE_ENV': '"production"' },
    // First: esbuild takes the first plugin whose onLoad answers, and the sources plugin answers for every .ts file.
    plugins: bundle.scenariosOnly ? [scenarioRulesOnlyPlugin, bundleSourcesPlugin] : [bundleSourcesPlugin],
    absWorkingDir: root,
    logLevel: 'error',
  });
  // Rollup then takes esbuild's files as modules: it drops what esbuild keeps (unused properties of
  // constant objects), and it puts every module the entry loads anyway into the entry's file, so
  // the first load is one file and a chunk loaded on demand holds only what is new.
  const memory = new Map(result.outputFiles.map((f) => [f.path, f.text]));
  // The UI strings loaded on demand (src/translations/<language>/) make one chunk per language,
  // strings-<language>-<hash>.js: a page fetches its language's in one request (and the packager
  // can name it in the launch page); esbuild made one file per area.
  const stringsLanguage = (id) => {
    const inputs = Object.keys(result.metafile.outputs[path.relative(root, id)]?.inputs ?? {});
    const languages = new Set(inputs.map((i) => /^src\/translations\/(\w+)\//.exec(i)?.[1]));
    return inputs.length && languages.size === 1 && !languages.has(undefined) ? [...languages][0] : null;
  };
  const rolled = await rollup({
    input: path.join(outdir, `${file}.js`),
    plugins: [
      {
        name: 'esbuild-output',
        resolveId: (source, importer) => (importer ? path.resolve(path.dirname(importer), source) : source),
        load: (id) => ({ code: memory.get(id), map: memory.get(`${id}.map`) }),
      },
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
    },
  });
  const chunkDir = bundle.chunkDir ? `${bundle.chunkDir}/` : '';
  const { output } = await rolled.generate({
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => (chunk.name.startsWith('strings-') ? `${chunkDir}[name]-[hash].js` : `${chunkDir}chunk-[hash].js`),
    manualChunks: (id) => (stringsLanguage(id) ? `strings-${stringsLanguage(id)}` : undefined),
    hashCharacters: 'hex',
    hoistTransitiveImports: false,
  });
  await rolled.close();
  const files = [];
  for (const chunk of output.filter((o) => o.type === 'chunk')) {
    const min = await minify(chunk.code, { ...minifyOptions, sourceMap: { content: chunk.map, url: `${chunk.fileName}.map` } });
    const inputs = {};
    for (const id of Object.keys(chunk.modules)) {
      const meta = result.metafile.outputs[path.relative(root, id)];
      for (const [k, v] of Object.entries(meta?.inputs ?? {})) inputs[k] = (inputs[k] ?? 0) + v.bytesInOutput;
    }
    files.push({
      path: chunk.fileName,
      code: min.code,
      map: typeof min.map === 'string' ? min.map : JSON.stringify(min.map),
      imports: chunk.imports,
      dynamic: chunk.dynamicImports,
      inputs,
    });
  }
  return { entry: `${file}.js`, outdir, files };
}

/**
 * The files a page fetches before the entry runs: the entry and, transitively, its static imports;
 * with `also` (files of the bundle loaded on demand, e.g. the chunk that defines an element a page
 * shows), those and their static imports too.
 */
export function firstLoad(built, also = []) {
  const byPath = new Map(built.files.map((f) => [f.path, f]));
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const i of byPath.get(p)?.imports ?? []) visit(i);
  };
  visit(built.entry);
  for (const p of also) visit(p);
  return [...seen].map((p) => byPath.get(p));
}

/** Writes one built bundle's files (and maps) into its folder; a player's folder is emptied first. */
async function write(bundle, built) {
  if (bundle.dir) await rm(built.outdir, { recursive: true, force: true });
  if (bundle.chunkDir) await rm(path.join(built.outdir, bundle.chunkDir), { recursive: true, force: true });
  await mkdir(path.join(built.outdir, bundle.chunkDir ?? ''), { recursive: true });
  for (const f of built.files) {
    await writeFile(path.join(built.outdir, f.path), f.code);
    await writeFile(path.join(built.outdir, `${f.path}.map`), f.map);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const only = process.argv.slice(2);
  for (const bundle of BUNDLES.filter((b) => only.length === 0 || only.some((o) => b.name === o || b.name.startsWith(`${o}/`)))) {
    await write(bundle, await buildBundle(bundle));
  }
}
