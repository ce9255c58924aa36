import { defineConfig, type Options } from 'tsup';
import { base } from '../../tsup.base.ts';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { bundleConditions, terserOptions } from './scripts/bundle-options.mjs';
import { bundleSourcesPlugin } from './scripts/static-properties.mjs';

/** Entry points with side effects: each defines its element(s). Listed in package.json "sideEffects". */
export const defineEntries = {
  'course-player': 'src/course-player/course-player.ts',
  scenario: 'src/scenario/scenario.ts',
  question: 'src/question/question.ts',
  quiz: 'src/quiz/quiz.ts',
  'micro-cards': 'src/micro-cards/micro-cards.ts',
  progress: 'src/progress/progress.ts',
  callout: 'src/callout/callout.ts',
  accordion: 'src/accordion/accordion.ts',
  tabs: 'src/tabs/tabs.ts',
  'flip-cards': 'src/flip-cards/flip-cards.ts',
  dialogue: 'src/dialogue/dialogue.ts',
  media: 'src/media/media.ts',
  certificate: 'src/certificate/certificate.ts',
};

/** One player per tracking technology (src/player/): each carries only the trackers its targets need. */
export const PLAYER_ENTRIES = {
  scorm12: 'src/player/scorm12.ts',
  scorm2004: 'src/player/scorm2004.ts',
  cmi5: 'src/player/cmi5.ts',
  xapi: 'src/player/xapi.ts',
  web: 'src/player/web.ts',
} as const;

/**
 * The learner's player for one target, in dist/player/<bundle>/ (the packager copies that folder
 * into each package): browser ESM, minified, everything bundled (Lit, the engine, the trackers), no
 * eval, no developer warnings. Each is built on its own so its folder holds all it needs; only web
 * splits, to load the xAPI tracker as a chunk when the package names an LRS.
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
  // For npm users: ESM with Lit and the engine as dependencies, shared code in dist/chunks/.
  {
    ...base,
    clean: false,
    esbuildPlugins: [minifyTemplatesPlugin],
    entry: { index: 'src/index.ts', ...defineEntries },
    esbuildOptions(options) {
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  },
  // For plain pages: self-contained, minified (terser, see scripts/bundle-options.mjs), Lit and the
  // engine bundled, no developer warnings, decorators made static properties (scripts/static-properties.mjs).
  {
    entry: { coursekit: 'src/bundles/coursekit.ts', 'ck-scenario': 'src/bundles/ck-scenario.ts' },
    format: ['esm'],
    target: 'es2022',
    minify: 'terser',
    // With a map of its own, terser's output map is chained onto esbuild's by tsup.
    terserOptions: { ...terserOptions, sourceMap: true },
    sourcemap: true,
    splitting: false,
    treeshake: true,
    dts: false,
    clean: false,
    noExternal: [/.*/],
    esbuildPlugins: [bundleSourcesPlugin],
    esbuildOptions(options) {
      options.conditions = bundleConditions;
      options.legalComments = 'none';
    },
  },
  ...(Object.keys(PLAYER_ENTRIES) as Array<keyof typeof PLAYER_ENTRIES>).map(player),
]);
