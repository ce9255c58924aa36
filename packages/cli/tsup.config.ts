import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

// bin.ts gets its shebang kept by tsup (esbuild keeps a leading #! line) and runs as dist/bin.js.
//
// `coursekit validate` is one process per run, so module loading is a fair part of its time: the
// schema, the packager's image budget check and their two small dependencies are bundled into the
// CLI's own chunks (no package resolution, no CommonJS export scan of jsonc-parser at start), and
// jsonc-parser is taken in its ES module build. The rest of the packager (the build) stays external.
export default defineConfig({
  ...base,
  entry: ['src/index.ts', 'src/bin.ts'],
  noExternal: ['@coursekit/schema', '@coursekit/packager/image-budget', 'fastest-levenshtein', 'jsonc-parser'],
  esbuildOptions(options) {
    options.mainFields = ['module', 'main'];
  },
});
