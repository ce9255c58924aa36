import { describe } from 'vitest';
import * as stories from './hotspot.stories';
import { checkStories } from '../internal/test/stories-check';

describe('hotspot stories', () => {
  checkStories(stories, (host) => host.shadowRoot!.textContent!.trim());
});
