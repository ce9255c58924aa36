import { describe } from 'vitest';
import * as stories from './quiz.stories';
import { checkStories } from '../internal/test/stories-check';

describe('quiz stories', () => {
  checkStories(stories, (host) => host.shadowRoot!.textContent!.trim());
});
