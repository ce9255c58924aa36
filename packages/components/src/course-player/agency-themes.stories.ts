import { html } from 'lit';
import type { ResolvedCourse, ThemeTokens } from '@coursekit/schema';
import './course-player';
import type { CkCoursePlayer } from './course-player.component';
import { aidsCourse } from '../internal/fixtures/aids.course';
import type { Story, StoryMeta } from '../internal/story';

const svg = (body: string) => 'data:image/svg+xml,' + encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${body}</svg>`);

/** Two agencies' themes, each with its logo and colours, as a course sets them in `theme`. */
const THEMES: Record<'inspektorat' | 'kementerian', ThemeTokens> = {
  inspektorat: {
    colorAccent: '#0b5c4b',
    colorAccentContrast: '#ffffff',
    colorSurface: '#f1f5f4',
    radius: '10px',
    logo: {
      src: svg('<path d="M32 2l28 10v20c0 18-12 31-28 38C16 63 4 50 4 32V12z" fill="#0b5c4b"/><path d="M20 34l8 8 16-18" stroke="#fff" stroke-width="6" fill="none" stroke-linecap="round"/>'),
      alt: { id: 'Logo Inspektorat Kabupaten Sukamaju (fiktif)', en: 'Sukamaju Regency Inspectorate logo (fictional)' },
    },
  },
  kementerian: {
    colorAccent: '#7a1f3d',
    colorAccentContrast: '#ffffff',
    colorSurface: '#f8eef2',
    radius: '2px',
    fontFamily: 'Georgia, serif',
    logo: {
      src: svg('<circle cx="32" cy="32" r="30" fill="#7a1f3d"/><path d="M32 12l5.9 12 13.1 1.9-9.5 9.3 2.2 13.1L32 42.1l-11.7 6.2 2.2-13.1-9.5-9.3 13.1-1.9z" fill="#f2c14e"/>'),
      alt: { id: 'Logo Kementerian Contoh (fiktif)', en: 'Ministry of Examples logo (fictional)' },
    },
  },
};

interface Args {
  lang: 'id' | 'en';
  scheme: 'light' | 'dark';
  theme: keyof typeof THEMES;
  /** Open this view once the course has started. */
  open: 'page' | 'glossary' | 'downloads' | 'results';
}

function render({ lang, scheme, theme, open }: Args) {
  const course: ResolvedCourse = { ...aidsCourse, theme: THEMES[theme] };
  const onReady = (e: Event) => {
    const player = e.target as CkCoursePlayer;
    if (open === 'results') player.showResults();
    else if (open !== 'page') void player.showAid(open);
  };
  return html`<ck-course-player .course=${course} lang=${lang} scheme=${scheme} @ck-ready=${onReady}></ck-course-player>`;
}

const meta: StoryMeta<Args> = {
  title: 'Player/Agency themes and learner aids',
  component: 'ck-course-player',
  args: { lang: 'id', scheme: 'light', theme: 'inspektorat', open: 'page' },
  render,
  parameters: { layout: 'fullscreen' },
};
export default meta;

/** A regency inspectorate's green theme and shield logo, with a module opener and a glossary term marked at its first use. */
export const InspectorateTheme: Story<Args> = {};
/** A ministry's maroon theme, serif type and star logo: the same course, another agency. */
export const MinistryTheme: Story<Args> = { args: { theme: 'kementerian', lang: 'en' } };
/** The inspectorate's theme in the dark scheme: the course's dark tokens are the player's defaults here. */
export const InspectorateDark: Story<Args> = { args: { scheme: 'dark' } };
export const GlossaryPage: Story<Args> = { args: { open: 'glossary' } };
export const DownloadsPage: Story<Args> = { args: { open: 'downloads', lang: 'en' } };
/** The results before anything is done: "Lanjutkan yang belum selesai" lists the required scenario, the assessment and the pages not seen. */
export const ResultsWithUnfinished: Story<Args> = { args: { open: 'results', theme: 'kementerian' } };
