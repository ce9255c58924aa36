import { css } from 'lit';
import { interactionBase } from '../internal/interaction.styles';
import { portraitStyles } from '../internal/portrait';

/**
 * Styles of `<ck-scenario>`. Colours come from the theme tokens (`--ck-color-*`); the fallbacks
 * meet WCAG 1.4.3 (4.5:1) on their own. Layout is one column that reflows at 320px (WCAG 1.4.10).
 */
export const scenarioStyles = [
  interactionBase,
  portraitStyles,
  css`
    .title {
      margin: 0 0 0.75rem;
      font-size: 1.25rem;
    }
    .meters {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 0.5rem 1rem;
    }
    .meter {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem;
      font-size: 0.9rem;
    }
    .meter-value {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .delta.up {
      color: var(--ck-color-success, #1e6b34);
    }
    .delta.down {
      color: var(--ck-color-danger, #a4262c);
    }
    .track {
      grid-column: 1 / -1;
      height: 0.5rem;
      border-radius: 999px;
      background: var(--ck-color-border, #767676);
      overflow: hidden;
    }
    .fill {
      height: 100%;
      background: var(--ck-scenario-meter-color, var(--ck-color-accent, #0b5cad));
      transition: width 300ms ease;
    }
    .node {
      margin: 0 0 1rem;
      outline-offset: 4px;
    }
    .scene {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
      border-radius: var(--ck-radius, 0.5rem);
      margin-block-end: 0.75rem;
    }
    .lines {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .speaker {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.25rem;
    }
    .avatar {
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: 50%;
      object-fit: cover;
      flex: none;
    }
    .initials {
      display: grid;
      place-items: center;
      background: var(--ck-scenario-speaker-color, var(--ck-color-accent, #0b5cad));
      color: var(--ck-color-accent-contrast, #fff);
      font-weight: 700;
    }
    .who {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      align-items: baseline;
    }
    .name {
      font-weight: 700;
    }
    .role {
      font-size: 0.875rem;
      color: var(--ck-color-text-muted, #4a4a4a);
    }
    .bubble {
      margin: 0;
      padding: 0.75rem 1rem;
      border-radius: var(--ck-radius, 0.5rem);
      background: var(--ck-scenario-bubble-background, var(--ck-color-surface, #f3f4f6));
      border-inline-start: 4px solid var(--ck-scenario-speaker-color, var(--ck-color-accent, #0b5cad));
    }
    .choices {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .choice {
      inline-size: 100%;
      text-align: start;
    }
    .chosen .label,
    .outcome {
      color: var(--ck-color-text-muted, #4a4a4a);
    }
    .consequence {
      font-size: 1rem;
      margin: 0.5rem 0 0.25rem;
    }
    .ending {
      border-top: 6px solid var(--ck-color-border, #767676);
      padding-top: 0.5rem;
    }
    .ending.success {
      border-color: var(--ck-color-success, #1e6b34);
    }
    .ending.failure {
      border-color: var(--ck-color-danger, #a4262c);
    }
    .ending.partial {
      border-color: var(--ck-color-warning, #8a5300);
    }
    .ending-title {
      margin: 0.25rem 0;
      font-size: 1.25rem;
    }
    .recap {
      padding-inline-start: 1.5rem;
    }
    .recap li {
      margin-bottom: 0.25rem;
    }
    .recap-choice {
      display: block;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-start: 0.75rem;
    }
    .intro-image {
      display: block;
      inline-size: 100%;
      max-block-size: 14rem;
      object-fit: contain;
      margin-block-end: 0.75rem;
    }
    .map {
      margin-block: 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--ck-radius, 0.5rem);
      background: var(--ck-color-surface, #f3f4f6);
    }
    .map h4,
    .map h5 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .map-intro {
      margin: 0 0 0.5rem;
    }
    .map-decisions,
    .map-endings {
      margin: 0 0 0.75rem;
      padding-inline-start: 1.5rem;
    }
    .map-label {
      font-weight: 700;
    }
    .map-choices {
      list-style: none;
      margin: 0.25rem 0 0.75rem;
      padding-inline-start: 0.75rem;
      border-inline-start: 2px solid var(--ck-color-border, #767676);
    }
    .map-choice,
    .map-ending {
      padding-block: 0.125rem;
    }
    .map-choice::before,
    .map-ending::before {
      content: '○';
      display: inline-block;
      inline-size: 1.25rem;
      color: var(--ck-color-text-muted, #4a4a4a);
    }
    .map-choice.taken::before,
    .map-ending.reached::before {
      content: '●';
      color: var(--ck-color-accent, #0b5cad);
    }
    .map-choice.taken .map-choice-text,
    .map-ending.reached .map-choice-text {
      font-weight: 700;
    }
    .map-state,
    .map-target {
      color: var(--ck-color-text-muted, #4a4a4a);
      font-size: 0.875rem;
    }
    .map-target {
      display: block;
      padding-inline-start: 1.25rem;
    }
    @media (prefers-reduced-motion: reduce) {
      .fill {
        transition: none;
      }
    }
  `,
];
