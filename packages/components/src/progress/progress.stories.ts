import { html } from 'lit';
import './progress';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';

interface Args {
  value: number;
  max: number;
  valuetext: string;
  lang: 'id' | 'en';
  dark: boolean;
}

const meta: StoryMeta<Args> = {
  title: 'Player/Progress',
  component: 'ck-progress',
  args: { value: 3, max: 9, valuetext: '3 dari 9 halaman dilihat (33%)', lang: 'id', dark: false },
  render: ({ value, max, valuetext, lang, dark }) => inDark(html`<ck-progress value=${value} max=${max} valuetext=${valuetext} lang=${lang}></ck-progress>`, dark),
};
export default meta;

export const Started: Story<Args> = {};
export const NotStarted: Story<Args> = { args: { value: 0, valuetext: '0 dari 9 halaman dilihat (0%)' } };
export const Complete: Story<Args> = { args: { value: 9, valuetext: '9 dari 9 halaman dilihat (100%)' } };
export const English: Story<Args> = { args: { lang: 'en', valuetext: '3 of 9 pages viewed (33%)' } };
export const Dark: Story<Args> = { args: { dark: true } };
