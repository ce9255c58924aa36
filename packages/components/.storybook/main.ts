import type { StorybookConfig } from '@storybook/web-components-vite';

// Works offline: no telemetry, no version check, no add-ons fetched at run time.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.stories.ts'],
  // The Accessibility panel runs axe-core on the story shown; test/stories.test.ts runs it on every
  // story in CI.
  addons: ['@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(vite) {
    // Sibling packages resolve to their TypeScript sources, as in tests.
    vite.resolve = { ...vite.resolve, conditions: ['source', 'module', 'browser', 'development|production'] };
    return vite;
  },
};

export default config;
