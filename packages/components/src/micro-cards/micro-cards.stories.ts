import { html } from 'lit';
import './micro-cards';
import { mythCards } from './fixtures/myths';
import { darkTheme, type Story, type StoryMeta } from '../internal/story';

interface Args {
  language: 'id' | 'en';
  heading: string;
  dark: boolean;
}

function render({ language, heading, dark }: Args) {
  const el = html`<ck-micro-cards lang=${language} heading=${heading} .cards=${mythCards}></ck-micro-cards>`;
  return dark ? html`<div style=${darkTheme}>${el}</div>` : el;
}

const meta: StoryMeta<Args> = {
  title: 'Interactions/Micro cards',
  component: 'ck-micro-cards',
  args: { language: 'id', heading: 'Mitos seputar gratifikasi', dark: false },
  render,
};
export default meta;

export const Indonesian: Story<Args> = {};
export const English: Story<Args> = { args: { language: 'en', heading: 'Myths about gratuities' } };
export const DarkTheme: Story<Args> = { args: { dark: true } };
