import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

// Unit tests (codec, formats) run in Node; everything that talks to an LMS runs in Chromium,
// against scorm-again as the LMS.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.browser.test.ts'] } },
        {
          extends: true,
          // Pre-bundled up front, so Vite does not reload the page mid-run when it meets them.
          optimizeDeps: { include: ['scorm-again', 'lz-string', 'fast-check'] },
          test: {
            name: 'chromium',
            include: ['test/**/*.test.ts', 'src/**/*.browser.test.ts'],
            browser: {
              enabled: true,
              headless: true,
              screenshotFailures: false,
              provider: playwright({
                launchOptions: {
                  executablePath: '/usr/bin/chromium',
                  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
                },
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }),
);
