import { createServer } from 'node:net';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';
import { chromiumLaunchOptions } from '../../chromium.mjs';

/** A free loopback port, from the OS (vitest reads port 0 as "use the default"). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const port = await freePort();

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
          optimizeDeps: { include: ['scorm-again', 'fast-check'] },
          test: {
            name: 'chromium',
            include: ['test/**/*.test.ts', 'src/**/*.browser.test.ts'],
            browser: {
              enabled: true,
              headless: true,
              // Loopback only, on a port the OS picks.
              api: { host: '127.0.0.1', port, strictPort: false },
              screenshotFailures: false,
              provider: playwright({
                launchOptions: chromiumLaunchOptions,
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }),
);
