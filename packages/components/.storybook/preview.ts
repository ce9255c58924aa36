import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// The generated manifest (pnpm cem) tells Storybook's docs and controls every attribute,
// property, event, slot, part and CSS custom property of the elements.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // WCAG 2.2 AA, the rules the tests hold every story to; the panel reports, the tests fail.
    a11y: { options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }, test: 'error' },
  },
};

export default preview;
