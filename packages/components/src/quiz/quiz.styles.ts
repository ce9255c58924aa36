import { css } from 'lit';
import { interactionBase } from '../internal/interaction.styles';

/** Styles of `<ck-quiz>`: one question at a time, navigation buttons that wrap at 320px. */
export const quizStyles = [
  interactionBase,
  css`
    .title {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .facts {
      padding-inline-start: 1.25rem;
    }
    .attempt,
    .progress-label {
      margin: 0;
      color: var(--ck-color-text-muted, #4a4a4a);
    }
    .progress-label {
      font-weight: 600;
    }
    progress {
      inline-size: 100%;
      block-size: 0.5rem;
      accent-color: var(--ck-quiz-progress-color, var(--ck-color-accent, #0b5cad));
      margin-block-end: 0.5rem;
    }
    ck-question {
      margin-block: 0.5rem;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: space-between;
    }
    .nav .primary {
      margin-inline-start: auto;
    }
    .result {
      border-top: 6px solid var(--ck-color-danger, #a4262c);
      padding-top: 0.5rem;
    }
    .result.passed {
      border-color: var(--ck-color-success, #1e6b34);
    }
    .result-title {
      margin: 0.25rem 0;
    }
    .review {
      padding-inline-start: 1.25rem;
      display: grid;
      gap: 0.75rem;
    }
  `,
];
