import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

// bin.ts gets its shebang kept by tsup (esbuild keeps a leading #! line) and runs as dist/bin.js.
//
// `coursekit validate` is one process per run, so module loading is a fair part of its time: the
// schema, the packager's image budget check and their two small dependencies are bundled into the
// CLI's own chunks (no package resolution, no CommonJS export scan of jsonc-parser at start), and
// jsonc-parser is taken in its ES module build. The rest of the packager (the build) stays external.
const bundled = ['@coursekit/schema', '@coursekit/packager/image-budget', 'fastest-levenshtein', 'jsonc-parser'];

// What validate runs is also written as one CommonJS file, dist/validate-core.cjs: unlike an ES
// module, a script can be compiled from V8's code cache (vm.Script's cachedData), which the command
// keeps per user (src/code-cache.ts). It needs nothing but Node's built-ins.
export default defineConfig([
  {
    ...base,
    entry: ['src/index.ts', 'src/bin.ts'],
    noExternal: bundled,
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
  },
  {
    ...base,
    entry: { 'validate-core': 'src/validate-core.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    dts: false,
    clean: false,
    splitting: false,
    platform: 'node',
    noExternal: bundled,
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
  },
]);
