import { html } from 'lit';
import './tabs';
import type { TabItem } from './tabs.component';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';

interface Args {
  tabs: TabItem[];
  label: string;
  selected: number;
  lang: 'id' | 'en';
  dark: boolean;
}

const id: TabItem[] = [
  { title: 'Tolak', markdown: 'Tolak dengan sopan dan jelaskan aturannya: *"Maaf, Pak, saya tidak boleh menerimanya."*' },
  { title: 'Laporkan', markdown: 'Terlanjur menerima? Laporkan ke UPG atau KPK dalam **30 hari kerja**.' },
  { title: 'Simpan bukti', markdown: '- Foto barang\n- Catat pemberi dan tanggal' },
];
const en: TabItem[] = [
  { title: 'Refuse', markdown: 'Refuse politely and explain the rule: *"Sorry, sir, I may not accept it."*' },
  { title: 'Report', markdown: 'Already accepted? Report it to the UPG or the KPK within **30 working days**.' },
  { title: 'Keep evidence', markdown: '- Photograph the gift\n- Note the giver and the date' },
];

const meta: StoryMeta<Args> = {
  title: 'Blocks/Tabs',
  component: 'ck-tabs',
  args: { tabs: id, label: 'Langkah menghadapi gratifikasi', selected: 0, lang: 'id', dark: false },
  render: ({ tabs, label, selected, lang, dark }) => inDark(html`<ck-tabs .tabs=${tabs} label=${label} selected=${selected} lang=${lang}></ck-tabs>`, dark),
};
export default meta;

export const FirstTab: Story<Args> = {};
export const SecondTab: Story<Args> = { args: { selected: 1 } };
export const English: Story<Args> = { args: { tabs: en, label: 'Steps when offered a gratuity', lang: 'en' } };
export const Dark: Story<Args> = { args: { dark: true, selected: 2 } };
