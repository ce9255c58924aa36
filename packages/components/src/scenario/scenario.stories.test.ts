import { describe } from 'vitest';
import * as stories from './scenario.stories';
import { checkStories } from '../internal/test/stories-check';

describe('scenario stories', () => {
  checkStories(stories, (host) => host.shadowRoot!.textContent!.trim());
});
