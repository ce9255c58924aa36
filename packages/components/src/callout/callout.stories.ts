import { html } from 'lit';
import './callout';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';

interface Args {
  variant: 'info' | 'tip' | 'warning' | 'important' | 'legal';
  heading: string;
  markdown: string;
  lang: 'id' | 'en';
  dark: boolean;
}

const meta: StoryMeta<Args> = {
  title: 'Blocks/Callout',
  component: 'ck-callout',
  args: {
    variant: 'legal',
    heading: 'UU 20/2001 Pasal 12C',
    markdown: 'Gratifikasi yang dilaporkan ke KPK dalam **30 hari kerja** tidak dianggap suap. Lihat [kpk.go.id](https://www.kpk.go.id).',
    lang: 'id',
    dark: false,
  },
  render: ({ variant, heading, markdown, lang, dark }) => inDark(html`<ck-callout variant=${variant} heading=${heading} markdown=${markdown} lang=${lang}></ck-callout>`, dark),
};
export default meta;

export const Legal: Story<Args> = {};
export const Info: Story<Args> = { args: { variant: 'info', heading: '', markdown: 'Setiap instansi punya **Unit Pengendalian Gratifikasi** (UPG).' } };
export const Tip: Story<Args> = { args: { variant: 'tip', heading: 'Menolak dengan sopan', markdown: '"Terima kasih, Pak, tapi aturan melarang saya menerimanya."' } };
export const Warning: Story<Args> = { args: { variant: 'warning', heading: 'Batas waktu', markdown: 'Lewat 30 hari kerja, gratifikasi dianggap suap.' } };
export const Important: Story<Args> = { args: { variant: 'important', heading: 'Wajib lapor', markdown: 'Pemberian yang **berhubungan dengan jabatan** wajib dilaporkan.' } };
export const English: Story<Args> = {
  args: { lang: 'en', variant: 'legal', heading: 'Law 20/2001 Article 12C', markdown: 'A gratuity reported to the KPK within **30 working days** is not a bribe. See [kpk.go.id](https://www.kpk.go.id).' },
};
export const Dark: Story<Args> = { args: { dark: true } };
