import type { Options } from 'tsup';

/** The build every package shares: ESM, declarations, sourcemaps, no bundling of dependencies. */
export const base: Options = {
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
};
