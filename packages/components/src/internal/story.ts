import type { TemplateResult } from 'lit';

/**
 * The parts of Storybook's Component Story Format 3 our stories use, so the stories type-check
 * and run in tests without Storybook installed; Storybook reads them as plain CSF3.
 */
export interface StoryMeta<Args> {
  title: string;
  component: string;
  args?: Partial<Args>;
  render: (args: Args) => TemplateResult;
  parameters?: Record<string, unknown>;
  tags?: string[];
}

/** One story: a named state of the component. */
export interface Story<Args> {
  name?: string;
  args?: Partial<Args>;
  render?: (args: Args) => TemplateResult;
  parameters?: Record<string, unknown>;
}

/**
 * Dark theme tokens for stories and tests: the same custom properties a course theme sets,
 * with colours that keep 4.5:1 text contrast on the dark background.
 */
export const darkTheme = [
  '--ck-color-background: #121417',
  '--ck-color-surface: #1e2227',
  '--ck-color-text: #eef0f3',
  '--ck-color-text-muted: #c2c7cf',
  '--ck-color-accent: #8cc4ff',
  '--ck-color-accent-contrast: #0a1a2b',
  '--ck-color-border: #8a929c',
  '--ck-color-success: #7ddc95',
  '--ck-color-danger: #ff9b9b',
  '--ck-color-warning: #ffc56b',
  'background: #121417',
  'color: #eef0f3',
  'display: block',
  'padding: 1rem',
].join(';');
