/**
 * What every bundle a learner downloads (dist/coursekit.js, dist/ck-scenario.js and each target's
 * player in dist/player/) is built and minified with, in scripts/bundles.mjs, which the size check
 * (bench/size.mjs) also builds through, so both measure the same files. esbuild bundles
 * (conditions below, Lit templates' static text minified); terser then minifies: two compress passes find about 2% more gzip bytes than esbuild's minifier. Only safe
 * transforms: no `unsafe*`, no `pure_getters` (Lit's getters have effects). Property names are
 * kept: every bundle splits into chunks, and shortening private members and UI string keys saved
 * 237 B of `ck-scenario.js`'s first load at most while making the players' first loads larger
 * (see docs/benchmarks.md).
 */
export const bundleConditions = ['source', 'production', 'browser', 'module', 'import'];

export const terserOptions = {
  module: true,
  ecma: 2020,
  // Two of terser's rewrites make the code shorter but compress worse (measured on coursekit.js:
  // about 130 B gzip more with them): putting values and functions used once in their place
  // (reduce_vars), and joining statements into comma sequences. Turning a rewrite off is safe.
  compress: { passes: 2, reduce_vars: false, sequences: false },
  mangle: true,
  format: { comments: false },
};
