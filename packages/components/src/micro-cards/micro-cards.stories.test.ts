import { describe } from 'vitest';
import * as stories from './micro-cards.stories';
import { checkStories } from '../internal/test/stories-check';

describe('micro-cards stories', () => {
  checkStories(stories, (host) => host.shadowRoot!.textContent!.trim());
});
