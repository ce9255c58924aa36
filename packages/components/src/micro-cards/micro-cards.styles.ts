import { css } from 'lit';
import { interactionBase } from '../internal/interaction.styles';

/**
 * Styles of `<ck-micro-cards>`: square-ish cards like a carousel post, a track that slides
 * (not under prefers-reduced-motion, WCAG 2.3.3), dots with 44px tap targets.
 */
export const microCardsStyles = [
  interactionBase,
  css`
    .title {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .viewport {
      overflow: hidden;
      border-radius: calc(var(--ck-radius, 0.5rem) * 2);
      touch-action: pan-y;
      user-select: none;
    }
    .track {
      display: flex;
      transition: transform 250ms ease-out;
    }
    .track.dragging {
      transition: none;
    }
    .card {
      flex: 0 0 100%;
      box-sizing: border-box;
      min-block-size: min(24rem, 90vw);
      padding: 1.5rem;
      display: flex;
      flex-direction: column;
      justify-content: center;
      gap: 1rem;
      background: var(--ck-micro-cards-background, var(--ck-color-accent, #0b5cad));
      color: var(--ck-micro-cards-color, var(--ck-color-accent-contrast, #fff));
    }
    .card .prose a {
      color: inherit;
    }
    .front {
      font-size: 1.375rem;
      font-weight: 700;
      line-height: 1.3;
    }
    .back {
      font-size: 1rem;
    }
    .image {
      max-inline-size: 100%;
      max-block-size: 12rem;
      object-fit: contain;
      align-self: center;
    }
    .controls {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 0.25rem;
      margin-block: 0.5rem;
    }
    .prev,
    .next {
      font-size: 1.5rem;
      line-height: 1;
      min-inline-size: 2.75rem;
      padding: 0.25rem;
    }
    .prev[aria-disabled='true'],
    .next[aria-disabled='true'] {
      border-color: var(--ck-color-border, #767676);
      color: var(--ck-color-text-muted, #4a4a4a);
      cursor: default;
    }
    .dots {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
    }
    .dot {
      min-inline-size: 1.5rem;
      min-block-size: 2.75rem;
      padding: 0;
      border: 0;
      background: transparent;
      display: grid;
      place-items: center;
    }
    .dot span {
      inline-size: 0.625rem;
      block-size: 0.625rem;
      border-radius: 50%;
      border: 2px solid var(--ck-color-accent, #0b5cad);
    }
    .dot[aria-current='true'] span {
      background: var(--ck-color-accent, #0b5cad);
      inline-size: 1rem;
      border-radius: 0.5rem;
    }
    .counter {
      text-align: center;
      margin: 0 0 0.5rem;
      color: var(--ck-color-text-muted, #4a4a4a);
    }
    .share {
      display: block;
      margin-inline: auto;
    }
    @media (prefers-reduced-motion: reduce) {
      .track {
        transition: none;
      }
    }
  `,
];
