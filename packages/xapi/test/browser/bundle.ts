import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles the browser harness (test/browser/app.ts) with the package's sources, in memory. */
export async function bundleHarness(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: PACKAGE,
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve(PACKAGE, 'test/browser/app.ts'), formats: ['es'], fileName: 'app' },
      // One file, as the harness page serves only app.js: what the trackers import on demand (the codec) is inlined.
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = (outputs[0] as { output: Array<{ type: string; code?: string }> }).output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('the harness bundle is empty');
  return chunk.code;
}

/** The harness page: loads the bundle, nothing else. */
export const HARNESS_HTML = '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>CourseKit xAPI harness</title><script type="module" src="/app.js"></script></head><body></body></html>';
