import { html } from 'lit';
import type { Response } from '@coursekit/engine';
import { CourseEngine } from '../internal/fixtures/engine';
import './question';
import { gratuityCourse } from '../internal/fixtures/gratuity.course';
import { darkTheme, type Story, type StoryMeta } from '../internal/story';

interface Args {
  questionId: string;
  language: 'id' | 'en';
  /** A response to answer with before showing, so the feedback shows. */
  answer: Response | null;
  dark: boolean;
}

function render({ questionId, language, answer, dark }: Args) {
  const engine = new CourseEngine(gratuityCourse, { seed: 1, language });
  engine.start();
  const result = answer ? engine.answer(questionId, answer) : null;
  const el = html`<ck-question .engine=${engine} question-id=${questionId} .result=${result && result.ok ? result : null}></ck-question>`;
  return dark ? html`<div style=${darkTheme}>${el}</div>` : el;
}

const meta: StoryMeta<Args> = {
  title: 'Interactions/Question',
  component: 'ck-question',
  args: { questionId: 'q-single', language: 'id', answer: null, dark: false },
  render,
};
export default meta;

export const SingleChoice: Story<Args> = {};
export const SingleChoiceEnglish: Story<Args> = { args: { language: 'en' } };
export const MultipleResponse: Story<Args> = { args: { questionId: 'q-multi' } };
export const TrueFalse: Story<Args> = { args: { questionId: 'q-tf' } };
export const FillIn: Story<Args> = { args: { questionId: 'q-fill' } };
export const Matching: Story<Args> = { args: { questionId: 'q-match' } };
export const Sequencing: Story<Args> = { args: { questionId: 'q-seq' } };
export const Likert: Story<Args> = { args: { questionId: 'q-likert' } };
export const Reflection: Story<Args> = { args: { questionId: 'q-reflect' } };
/** Answered correctly: verdict, score, the question's and the choice's feedback. */
export const AnsweredCorrect: Story<Args> = { args: { answer: { type: 'single-choice', choice: 'refuse' } } };
export const AnsweredIncorrect: Story<Args> = { args: { answer: { type: 'single-choice', choice: 'accept' } } };
export const AnsweredPartial: Story<Args> = {
  args: { questionId: 'q-multi', answer: { type: 'multiple-response', choices: ['parcel', 'transport', 'salary'] } },
};
export const AnsweredEnglish: Story<Args> = { args: { language: 'en', answer: { type: 'single-choice', choice: 'refuse' } } };
export const MatchingAnswered: Story<Args> = {
  args: { questionId: 'q-match', answer: { type: 'matching', matches: { upg: 'upg', kpk: 'kpk', pungli: 'pungli' } } },
};
export const DarkTheme: Story<Args> = { args: { questionId: 'q-multi', dark: true } };
export const DarkThemeAnswered: Story<Args> = { args: { dark: true, answer: { type: 'single-choice', choice: 'accept' } } };
