import { defineConfig, mergeConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      globalSetup: ['test/global-setup.ts'],
      // The launch tests play a whole course in Chromium, one package after another.
      hookTimeout: 120_000,
      maxWorkers: 2,
    },
  }),
);
