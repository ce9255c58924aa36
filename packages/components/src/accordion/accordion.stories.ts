import { html } from 'lit';
import './accordion';
import type { AccordionItem } from './accordion.component';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';

interface Args {
  items: AccordionItem[];
  open: number[];
  lang: 'id' | 'en';
  dark: boolean;
}

const id: AccordionItem[] = [
  { title: 'Yang wajib dilaporkan', markdown: 'Pemberian yang **berhubungan dengan jabatan** dan berlawanan dengan kewajiban atau tugas Anda.' },
  { title: 'Yang tidak wajib dilaporkan', markdown: '- Hadiah dari keluarga tanpa konflik kepentingan\n- Hidangan yang berlaku umum' },
  { title: 'Cara melapor', markdown: 'Ke UPG instansi Anda, atau lewat [gol.kpk.go.id](https://gol.kpk.go.id).' },
];
const en: AccordionItem[] = [
  { title: 'What must be reported', markdown: 'Gifts **linked to your position** that go against your duties.' },
  { title: 'What need not be reported', markdown: '- Presents from family with no conflict of interest\n- Food offered to everyone' },
  { title: 'How to report', markdown: 'To your office UPG, or at [gol.kpk.go.id](https://gol.kpk.go.id).' },
];

const meta: StoryMeta<Args> = {
  title: 'Blocks/Accordion',
  component: 'ck-accordion',
  args: { items: id, open: [], lang: 'id', dark: false },
  render: ({ items, open, lang, dark }) => inDark(html`<ck-accordion .items=${items} .expanded=${open} lang=${lang}></ck-accordion>`, dark),
};
export default meta;

export const Closed: Story<Args> = {};
export const OneOpen: Story<Args> = { args: { open: [1] } };
export const English: Story<Args> = { args: { items: en, lang: 'en' } };
export const Dark: Story<Args> = { args: { dark: true, open: [0] } };
