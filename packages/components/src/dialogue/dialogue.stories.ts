import { html } from 'lit';
import './dialogue';
import type { DialogueLine } from './dialogue.component';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';
import { pictureUrl } from '../internal/fixtures/sample.course';

interface Args {
  lines: DialogueLine[];
  lang: 'id' | 'en';
  dark: boolean;
}

const id: DialogueLine[] = [
  { name: 'Pak Budi', role: 'Direktur CV Maju Jaya', color: '#8a3b12', text: 'Bu Rina, ini sekadar parsel Lebaran. Jangan dilihat nilainya.', mood: 'happy' },
  { name: 'Rina', role: 'Staf pengadaan', color: '#1d5c8f', avatar: { src: pictureUrl, alt: 'Rina' }, text: 'Terima kasih, Pak, tapi saya **tidak bisa** menerimanya.', mood: 'worried' },
];
const en: DialogueLine[] = [
  { name: 'Pak Budi', role: 'Director of CV Maju Jaya', color: '#8a3b12', text: 'Ms Rina, it is just a Lebaran parcel. Never mind what it is worth.', mood: 'happy' },
  { name: 'Rina', role: 'Procurement officer', color: '#1d5c8f', avatar: { src: pictureUrl, alt: 'Rina' }, text: 'Thank you, sir, but I **cannot** accept it.', mood: 'worried' },
];

const meta: StoryMeta<Args> = {
  title: 'Blocks/Dialogue',
  component: 'ck-dialogue',
  args: { lines: id, lang: 'id', dark: false },
  render: ({ lines, lang, dark }) => inDark(html`<ck-dialogue .lines=${lines} lang=${lang}></ck-dialogue>`, dark),
};
export default meta;

export const Indonesian: Story<Args> = {};
export const English: Story<Args> = { args: { lines: en, lang: 'en' } };
export const Dark: Story<Args> = { args: { dark: true } };
