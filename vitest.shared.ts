import { defineConfig } from 'vitest/config';

/**
 * Every package's tests import siblings by name (`@coursekit/engine`) and resolve them to
 * their TypeScript sources through the `source` export condition, so tests need no build.
 */
export const shared = defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
  test: {
    testTimeout: 30_000,
  },
});
