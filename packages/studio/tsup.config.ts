import { defineConfig } from 'tsup';
import { base } from '../../tsup.base.ts';

export default defineConfig([
  // The Node library: startStudio (server) and the document model, which the app also bundles.
  { ...base, entry: { index: 'src/index.ts', model: 'src/model/index.ts' }, clean: ['*.js', '*.d.ts', '*.map'] },
  // The app the server sends to the browser: one self-contained ES module with its chunks, every
  // dependency bundled in (the browser resolves no bare specifiers), served from dist/app/.
  {
    entry: { index: 'src/app/index.ts' },
    outDir: 'dist/app',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    dts: false,
    sourcemap: true,
    clean: true,
    splitting: true,
    minify: true,
    noExternal: [/.*/],
    esbuildOptions(options) {
      options.conditions = ['browser', 'module', 'import', 'default'];
    },
  },
]);
