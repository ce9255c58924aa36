import { html } from 'lit';
import { CourseEngine } from '../internal/fixtures/engine';
import './scenario';
import { parcelCourse } from '../internal/fixtures/parcel.course';
import { playPath } from './fixtures/play';
import { darkTheme, type Story, type StoryMeta } from '../internal/story';

interface Args {
  /** UI and course language. */
  language: 'id' | 'en';
  /** Choice ids to take before showing the story. */
  path: string[];
  /** Stop on the last choice's feedback. */
  atFeedback: boolean;
  dark: boolean;
}

/** A fresh engine on the parcel course, driven along `path`, so each story is one exact state. */
function render({ language, path, atFeedback, dark }: Args) {
  const engine = new CourseEngine(parcelCourse, { seed: 1, language });
  engine.start();
  if (path.length > 0 || atFeedback) playPath(engine, 'parcel', path, atFeedback);
  const el = html`<ck-scenario .engine=${engine} scenario-id="parcel"></ck-scenario>`;
  return dark ? html`<div style=${darkTheme}>${el}</div>` : el;
}

const meta: StoryMeta<Args> = {
  title: 'Interactions/Scenario',
  component: 'ck-scenario',
  args: { language: 'id', path: [], atFeedback: false, dark: false },
  render,
};
export default meta;

/** Before the first choice: title, description and the start button. */
export const Start: Story<Args> = {};
export const StartEnglish: Story<Args> = { args: { language: 'en' } };
/** Mid-scenario: the parcel refused, meters moved, the "transport money" decision. */
export const MidScenarioWithMeters: Story<Args> = { args: { path: ['refuse-parcel'] } };
/** The immediate consequence of a choice, before moving on. */
export const ChoiceFeedback: Story<Args> = { args: { path: ['accept-parcel'], atFeedback: true } };
export const ChoiceFeedbackEnglish: Story<Args> = { args: { path: ['accept-parcel'], atFeedback: true, language: 'en' } };
export const EndingSuccess: Story<Args> = { args: { path: ['report-parcel', 'report-money', 'report-fee'] } };
export const EndingPartial: Story<Args> = { args: { path: ['refuse-parcel', 'refuse-money', 'refuse-fee'] } };
export const EndingFailure: Story<Args> = { args: { path: ['accept-parcel', 'accept-money', 'refuse-fee'] } };
export const EndingCaughtEnglish: Story<Args> = { args: { path: ['refuse-parcel', 'refuse-money', 'accept-fee'], language: 'en' } };
export const DarkTheme: Story<Args> = { args: { path: ['refuse-parcel'], dark: true } };
export const DarkThemeEnding: Story<Args> = { args: { path: ['report-parcel', 'report-money', 'report-fee'], dark: true } };
