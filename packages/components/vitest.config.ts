import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

/** A free loopback port, from the OS. */
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

// Every component test runs in Chromium: keyboard, focus, pointer input and axe need a real browser.
export default mergeConfig(
  shared,
  defineConfig({
    optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', 'lit/directives/keyed.js', 'axe-core'] },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      browser: {
        enabled: true,
        headless: true,
        api: { host: '127.0.0.1', port, strictPort: false },
        screenshotFailures: false,
        provider: playwright({
          launchOptions: {
            executablePath: '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
          },
        }),
        instances: [{ browser: 'chromium' }],
        commands: {
          /** A fresh custom-elements manifest and reference page beside the committed ones (drift test). */
          async componentsReference() {
            const { analyze } = await import('./scripts/cem.mjs');
            const { componentsMarkdown, docsPath } = await import('./scripts/components-doc.mjs');
            const manifest = analyze();
            const read = (path: string) => {
              try {
                return readFileSync(path, 'utf8');
              } catch {
                return '';
              }
            };
            return { manifest, committedManifest: read(new URL('./custom-elements.json', import.meta.url).pathname), markdown: componentsMarkdown(manifest), committedMarkdown: read(docsPath) };
          },
        },
      },
    },
  }),
);
