import { html } from 'lit';
import type { EngineSnapshot, LaunchData } from '@coursekit/engine';
import './course-player';
import type { CkCoursePlayer } from './course-player.component';
import { sampleCourse } from '../internal/fixtures/sample.course';
import { finishedSnapshot, progressSnapshot, staticTracker } from '../internal/fixtures/static-tracker';
import type { Story, StoryMeta } from '../internal/story';

interface Args {
  lang: 'id' | 'en';
  scheme: 'auto' | 'light' | 'dark';
  /** A saved state to resume from. */
  snapshot: EngineSnapshot | null;
  notices: LaunchData['notices'];
  learnerName: string;
  /** Open on the results page. */
  results: boolean;
  /** Load from this URL instead of the sample course object. */
  src: string;
}

function render({ lang, scheme, snapshot, notices, learnerName, results, src }: Args) {
  const trackers = [staticTracker({ snapshot, notices, learner: { id: null, name: learnerName || null } })];
  const onReady = (e: Event) => results && (e.target as CkCoursePlayer).showResults();
  return src
    ? html`<ck-course-player src=${src} lang=${lang} scheme=${scheme}></ck-course-player>`
    : html`<ck-course-player .course=${sampleCourse} .trackers=${trackers} lang=${lang} scheme=${scheme} @ck-ready=${onReady}></ck-course-player>`;
}

const meta: StoryMeta<Args> = {
  title: 'Player/Course player',
  component: 'ck-course-player',
  args: { lang: 'id', scheme: 'light', snapshot: null, notices: [], learnerName: '', results: false, src: '' },
  render,
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const FirstPage: Story<Args> = {};
export const English: Story<Args> = { args: { lang: 'en' } };
export const DarkScheme: Story<Args> = { args: { scheme: 'dark' } };
/** Resumed from a saved state, with the notice a SCORM package shows when it finds no LMS. */
export const ResumedWithoutLms: Story<Args> = {
  args: {
    snapshot: progressSnapshot(sampleCourse, 'id', 2),
    notices: [{ code: 'CK601', message: 'No learning management system was found, so your progress is saved in this browser only and is not reported.' }],
  },
};
export const ResultsPassedWithCertificate: Story<Args> = { args: { snapshot: finishedSnapshot(sampleCourse, 'id', true), learnerName: 'Siti Rahmawati', results: true } };
export const ResultsPassedEnglish: Story<Args> = { args: { lang: 'en', snapshot: finishedSnapshot(sampleCourse, 'en', true), learnerName: 'Siti Rahmawati', results: true } };
export const ResultsFailed: Story<Args> = { args: { snapshot: finishedSnapshot(sampleCourse, 'id', false), results: true } };
export const ResultsDark: Story<Args> = { args: { scheme: 'dark', snapshot: finishedSnapshot(sampleCourse, 'id', true), learnerName: 'Siti Rahmawati', results: true } };
export const LoadError: Story<Args> = { args: { src: 'data:application/json,{"id":"kursus-rusak"}' } };
