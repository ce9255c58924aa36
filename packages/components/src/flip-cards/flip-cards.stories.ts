import { html } from 'lit';
import './flip-cards';
import type { FlipCard } from './flip-cards.component';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';

interface Args {
  cards: FlipCard[];
  heading: string;
  flipped: number[];
  lang: 'id' | 'en';
  dark: boolean;
}

const id: FlipCard[] = [
  { front: 'Parsel Lebaran dari rekanan yang ikut tender', back: '**Tolak.** Rekanan punya kepentingan dengan jabatan Anda.' },
  { front: 'Kue dari tetangga saat Idulfitri', back: 'Boleh, bila tidak berhubungan dengan jabatan.' },
  { front: '"Uang transport" dari peserta rapat', back: '**Tolak**, atau laporkan dalam 30 hari kerja.' },
];
const en: FlipCard[] = [
  { front: 'A Lebaran parcel from a vendor in a tender', back: '**Refuse.** The vendor has an interest in your position.' },
  { front: 'Cake from a neighbour at Eid', back: 'Fine, when it is not linked to your position.' },
  { front: '"Transport money" from a meeting guest', back: '**Refuse**, or report it within 30 working days.' },
];

const meta: StoryMeta<Args> = {
  title: 'Blocks/Flip cards',
  component: 'ck-flip-cards',
  args: { cards: id, heading: 'Boleh atau tidak?', flipped: [], lang: 'id', dark: false },
  render: ({ cards, heading, flipped, lang, dark }) => inDark(html`<ck-flip-cards .cards=${cards} heading=${heading} .flipped=${flipped} lang=${lang}></ck-flip-cards>`, dark),
};
export default meta;

export const Fronts: Story<Args> = {};
export const OneTurned: Story<Args> = { args: { flipped: [0] } };
export const English: Story<Args> = { args: { cards: en, heading: 'Allowed or not?', lang: 'en', flipped: [2] } };
export const Dark: Story<Args> = { args: { dark: true, flipped: [1] } };
