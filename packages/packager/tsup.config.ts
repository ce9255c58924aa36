import { defineConfig, type Options } from 'tsup';
import { base } from '../../tsup.base.ts';

/** One player bundle per tracking technology: each carries only the trackers its targets need. */
export const PLAYER_ENTRIES = {
  scorm12: 'src/player/entries/scorm12.ts',
  scorm2004: 'src/player/entries/scorm2004.ts',
  cmi5: 'src/player/entries/cmi5.ts',
  xapi: 'src/player/entries/xapi.ts',
  web: 'src/player/entries/web.ts',
} as const;

/**
 * The learner's player for one bundle, in dist/player/<bundle>/: browser ESM, minified, everything
 * bundled (Lit, the engine, the trackers), no eval, no developer warnings, built from the siblings'
 * sources. Each bundle is built on its own so its folder holds all it needs; only web splits, to
 * load the xAPI tracker as a chunk when the package names an LRS.
 */
const player = (bundle: keyof typeof PLAYER_ENTRIES): Options => ({
  entry: { coursekit: PLAYER_ENTRIES[bundle] },
  outDir: `dist/player/${bundle}`,
  format: ['esm'],
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  splitting: bundle === 'web',
  treeshake: true,
  dts: false,
  clean: true,
  noExternal: [/.*/],
  esbuildOptions(options) {
    options.conditions = ['source', 'production', 'browser', 'module', 'import'];
    options.legalComments = 'none';
    options.chunkNames = 'chunk-[hash]';
    options.define = { ...options.define, 'process.env.NODE_ENV': '"production"' };
  },
});

export default defineConfig([
  // The Node library (manifests, zips, builds).
  { ...base, entry: ['src/index.ts'], clean: ['*.js', '*.d.ts', '*.map'] },
  ...(Object.keys(PLAYER_ENTRIES) as Array<keyof typeof PLAYER_ENTRIES>).map(player),
]);
