import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';
import { portraitStyles } from '../internal/portrait';

export const dialogueStyles = [
  baseStyles,
  portraitStyles,
  css`
    .base {
      list-style: none;
      margin: 1rem 0;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .line {
      display: grid;
      grid-template-columns: 3rem 1fr;
      gap: 0.75rem;
      align-items: start;
    }
    .avatar {
      inline-size: 3rem;
      block-size: 3rem;
      border-radius: 50%;
      object-fit: cover;
      background: var(--_surface);
    }
    .initial {
      display: grid;
      place-items: center;
      font-weight: 700;
      border: 2px solid var(--_border);
    }
    .speaker {
      margin: 0 0 0.25rem;
    }
    .role {
      color: var(--_textMuted);
      font-size: 0.875rem;
    }
    .bubble {
      background: var(--ck-dialogue-bubble-background, var(--_surface));
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_character, var(--_accent));
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
    }
  `,
];
