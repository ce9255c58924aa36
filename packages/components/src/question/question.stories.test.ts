import { describe } from 'vitest';
import * as stories from './question.stories';
import { checkStories } from '../internal/test/stories-check';

describe('question stories', () => {
  checkStories(stories, (host) => host.shadowRoot!.textContent!.trim());
});
