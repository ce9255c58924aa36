import { html } from 'lit';
import './media';
import type { MediaTrack } from './media.component';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';

interface Args {
  kind: 'audio' | 'video';
  heading: string;
  transcript: string;
  tracks: MediaTrack[];
  lang: 'id' | 'en';
  dark: boolean;
}

// A one-line WebVTT file as a data URL, so the story needs no files.
const vtt = (text: string) => `data:text/vtt,${encodeURIComponent(`WEBVTT\n\n00:00.000 --> 00:02.000\n${text}\n`)}`;
const tracks: MediaTrack[] = [
  { src: vtt('Tiga hari menjelang Lebaran…'), srclang: 'id', label: 'Bahasa Indonesia', kind: 'captions' },
  { src: vtt('Three days before Lebaran…'), srclang: 'en', label: 'English', kind: 'captions' },
];

const meta: StoryMeta<Args> = {
  title: 'Blocks/Media',
  component: 'ck-media',
  args: { kind: 'video', heading: 'Kisah Rina', transcript: '**Narator:** Tiga hari menjelang Lebaran, sebuah parsel tiba di meja Rina…', tracks, lang: 'id', dark: false },
  render: ({ kind, heading, transcript, tracks, lang, dark }) =>
    inDark(html`<ck-media kind=${kind} src="" heading=${heading} transcript=${transcript} .tracks=${tracks} lang=${lang}></ck-media>`, dark),
};
export default meta;

export const VideoWithCaptions: Story<Args> = {};
export const Audio: Story<Args> = { args: { kind: 'audio', heading: 'Siniar: menolak dengan sopan', transcript: 'Halo, Penjaga Integritas…', tracks: [] } };
export const English: Story<Args> = { args: { heading: "Rina's story", transcript: '**Narrator:** Three days before Lebaran, a parcel arrives on Rina’s desk…', lang: 'en' } };
export const Dark: Story<Args> = { args: { dark: true } };
