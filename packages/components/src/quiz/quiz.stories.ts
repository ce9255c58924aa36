import { html } from 'lit';
import type { Response } from '@coursekit/engine';
import { CourseEngine } from '../internal/fixtures/engine';
import './quiz';
import { gratuityCourse } from '../internal/fixtures/gratuity.course';
import { darkTheme, type Story, type StoryMeta } from '../internal/story';

interface Args {
  assessmentId: 'final' | 'practice';
  language: 'id' | 'en';
  /** Start the attempt before showing. */
  started: boolean;
  /** Answers to give and submit before showing (the result screen). */
  submit: Record<string, Response> | null;
  dark: boolean;
}

function render({ assessmentId, language, started, submit, dark }: Args) {
  const engine = new CourseEngine(gratuityCourse, { seed: 1, language });
  engine.start();
  if (started || submit) engine.assessment(assessmentId);
  if (submit) {
    for (const [id, response] of Object.entries(submit)) engine.answerInAssessment(assessmentId, id, response);
    engine.submitAssessment(assessmentId);
  }
  const el = html`<ck-quiz .engine=${engine} assessment-id=${assessmentId}></ck-quiz>`;
  return dark ? html`<div style=${darkTheme}>${el}</div>` : el;
}

const meta: StoryMeta<Args> = {
  title: 'Interactions/Quiz',
  component: 'ck-quiz',
  args: { assessmentId: 'final', language: 'id', started: false, submit: null, dark: false },
  render,
};
export default meta;

const allRight: Record<string, Response> = {
  'f-parcel': { type: 'single-choice', choice: 'refuse' },
  'f-deadline': { type: 'true-false', value: true },
  'f-report': { type: 'single-choice', choice: 'upg' },
};
const oneRight: Record<string, Response> = {
  'f-parcel': { type: 'single-choice', choice: 'keep' },
  'f-deadline': { type: 'true-false', value: false },
  'f-report': { type: 'single-choice', choice: 'upg' },
};

/** Intro: how many questions, the passing score, the attempts. */
export const Intro: Story<Args> = {};
export const IntroEnglish: Story<Args> = { args: { language: 'en' } };
/** One question at a time, with progress. */
export const FirstQuestion: Story<Args> = { args: { started: true } };
export const ImmediateFeedback: Story<Args> = { args: { assessmentId: 'practice', started: true } };
export const ResultPass: Story<Args> = { args: { submit: allRight } };
export const ResultFail: Story<Args> = { args: { submit: oneRight } };
export const ResultFailEnglish: Story<Args> = { args: { submit: oneRight, language: 'en' } };
export const DarkTheme: Story<Args> = { args: { started: true, dark: true } };
export const DarkThemeResult: Story<Args> = { args: { submit: allRight, dark: true } };
