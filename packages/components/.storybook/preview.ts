import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// The generated manifest (pnpm cem) tells Storybook's docs and controls every attribute,
// property, event, slot, part and CSS custom property of the elements.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
