import { css } from 'lit';
import { interactionBase } from '../internal/interaction.styles';

/** Styles of `<ck-question>`: options as large tap targets, one column down to 320px. */
export const questionStyles = [
  interactionBase,
  css`
    .base {
      display: grid;
      gap: 0.75rem;
      border: 0;
      margin: 0;
    }
    .prompt {
      font-weight: 600;
    }
    .options {
      display: grid;
      gap: 0.5rem;
    }
    .likert .options {
      grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr));
    }
    .option {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 0.625rem 0.75rem;
      min-block-size: 2.75rem;
      box-sizing: border-box;
      border: 1px solid var(--ck-color-border, #767676);
      border-radius: var(--ck-radius, 0.5rem);
      background: var(--ck-question-option-background, var(--ck-color-background, #fff));
      cursor: pointer;
    }
    .option:has(input:checked) {
      border-color: var(--ck-color-accent, #0b5cad);
      box-shadow: inset 0 0 0 1px var(--ck-color-accent, #0b5cad);
    }
    .option input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0.125rem 0 0;
      flex: none;
      accent-color: var(--ck-color-accent, #0b5cad);
    }
    .text,
    select {
      font: inherit;
      inline-size: 100%;
      box-sizing: border-box;
      padding: 0.5rem;
      min-block-size: 2.75rem;
      border: 1px solid var(--ck-color-border, #767676);
      border-radius: var(--ck-radius, 0.5rem);
      background: var(--ck-color-background, #fff);
      color: var(--ck-color-text, #1a1a1a);
    }
    .counter {
      margin: 0;
      font-size: 0.875rem;
      color: var(--ck-color-text-muted, #4a4a4a);
    }
    .matches,
    .sequence {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.5rem;
    }
    .match {
      display: grid;
      gap: 0.25rem;
    }
    .sequence {
      counter-reset: step;
    }
    .item {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.25rem 0.25rem 0.25rem 0.75rem;
      border: 1px solid var(--ck-color-border, #767676);
      border-radius: var(--ck-radius, 0.5rem);
      counter-increment: step;
    }
    .item::before {
      content: counter(step) '.';
      font-weight: 700;
    }
    .item-text {
      flex: 1;
    }
    .moves {
      display: flex;
      gap: 0.25rem;
      flex: none;
    }
    .move {
      min-inline-size: 2.75rem;
      padding: 0.25rem;
    }
    .move[aria-disabled='true'] {
      border-color: var(--ck-color-border, #767676);
      color: var(--ck-color-text-muted, #4a4a4a);
      cursor: not-allowed;
    }
    .feedback {
      border-inline-start: 6px solid var(--ck-color-border, #767676);
      padding: 0.5rem 0.75rem;
      background: var(--ck-color-surface, #f3f4f6);
      border-radius: var(--ck-radius, 0.5rem);
      display: grid;
      gap: 0.5rem;
    }
    .feedback.correct {
      border-color: var(--ck-color-success, #1e6b34);
    }
    .feedback.incorrect {
      border-color: var(--ck-color-danger, #a4262c);
    }
    .feedback.partial {
      border-color: var(--ck-color-warning, #8a5300);
    }
    .verdict,
    .choice-name {
      margin: 0;
    }
    .choice-name {
      font-weight: 600;
    }
    .again {
      justify-self: start;
    }
  `,
];
