import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const flipCardsStyles = [
  baseStyles,
  css`
    .heading {
      font-size: 1.125rem;
      margin: 0 0 0.75rem;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: 1rem;
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 1rem;
      background: var(--ck-flip-cards-front, var(--_surface));
      min-block-size: 10rem;
      transition: transform 0.35s ease;
    }
    .card.flipped {
      background: var(--ck-flip-cards-back, var(--_background));
      border-color: var(--_accent);
      animation: turn 0.35s ease;
    }
    @keyframes turn {
      from {
        transform: rotateY(90deg);
      }
      to {
        transform: none;
      }
    }
    .face {
      flex: 1;
    }
    .side {
      font-size: 0.875rem;
      color: var(--_textMuted);
      margin: 0;
    }
    .card img {
      border-radius: calc(var(--_radius) / 2);
    }
    .flip {
      align-self: flex-start;
    }
  `,
];
