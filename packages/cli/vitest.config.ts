import { defineConfig, mergeConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      globalSetup: ['test/global-setup.ts'],
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // Browser tests launch Chromium; two files at a time suits a 2-core machine.
      maxWorkers: 2,
    },
  }),
);
