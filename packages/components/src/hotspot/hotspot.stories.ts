import { html } from 'lit';
import type { Response } from '@coursekit/engine';
import { CourseEngine } from '../internal/fixtures/engine';
import '../question/question';
import { deskCourse } from '../../../../test/fixtures/hotspot-desk';
import { darkTheme, type Story, type StoryMeta } from '../internal/story';

interface Args {
  language: 'id' | 'en';
  /** A response to answer with before showing, so the feedback shows. */
  answer: Response | null;
  dark: boolean;
}

function render({ language, answer, dark }: Args) {
  const engine = new CourseEngine(deskCourse, { seed: 1, language });
  engine.start();
  const result = answer ? engine.answer('kc-desk', answer) : null;
  const el = html`<ck-question .engine=${engine} question-id="kc-desk" .result=${result && result.ok ? result : null}></ck-question>`;
  return dark ? html`<div style=${darkTheme}>${el}</div>` : el;
}

const meta: StoryMeta<Args> = {
  title: 'Interactions/Hotspot',
  component: 'ck-question',
  args: { language: 'id', answer: null, dark: false },
  render,
};
export default meta;

export const Hotspot: Story<Args> = {};
export const HotspotEnglish: Story<Args> = { args: { language: 'en' } };
export const AnsweredCorrect: Story<Args> = { args: { answer: { type: 'hotspot', areas: ['parcel', 'envelope'] } } };
export const AnsweredIncorrect: Story<Args> = { args: { language: 'en', answer: { type: 'hotspot', areas: ['folder'] } } };
export const DarkTheme: Story<Args> = { args: { dark: true } };
