/**
 * What every bundle a learner downloads (dist/coursekit.js, dist/ck-scenario.js and each target's
 * player in dist/player/) is built and minified with, in scripts/bundles.mjs, which the size check
 * (bench/size.mjs) also builds through, so both measure the same files. esbuild bundles
 * (conditions below, Lit templates' static text minified); terser then minifies: two compress passes find about 2% more gzip bytes than esbuild's minifier. Only safe
 * transforms: no `unsafe*`, no `pure_getters` (Lit's getters have effects). Property names are
 * kept, except, in ck-scenario.js (one file), private members and UI string keys no one outside
 * the bundle can see (scripts/private-names.mjs), which terser shortens: 249 B gzip there. In the
 * bundles that split (coursekit.js, the players) shortening made the first load larger (scorm12:
 * 682 B), so they keep every name (measured 2026-12-05; see docs/benchmarks.md).
 */
import { privateNames } from './private-names.mjs';

export const bundleConditions = ['source', 'production', 'browser', 'module', 'import'];

export const terserOptions = {
  module: true,
  ecma: 2020,
  // Two of terser's rewrites make the code shorter but compress worse (measured on coursekit.js:
  // about 130 B gzip more with them): putting values and functions used once in their place
  // (reduce_vars), and joining statements into comma sequences. Turning a rewrite off is safe.
  compress: { passes: 2, reduce_vars: false, sequences: false },
  mangle: { properties: { regex: new RegExp(`^(?:${privateNames().join('|')})$`) } },
  format: { comments: false },
};

/** The same without shortened property names, for the bundles that split into chunks. */
export const splitTerserOptions = { ...terserOptions, mangle: true };
