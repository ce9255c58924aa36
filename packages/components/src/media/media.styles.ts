import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const mediaStyles = [
  baseStyles,
  css`
    figure {
      margin: 1rem 0;
    }
    figcaption {
      font-weight: 700;
      margin-block-end: 0.5rem;
    }
    video {
      display: block;
      inline-size: 100%;
      border-radius: var(--_radius);
      background: #000;
    }
    audio {
      inline-size: 100%;
    }
    details {
      margin-block-start: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5rem 1rem;
    }
    summary {
      cursor: pointer;
      font-weight: 700;
      min-block-size: 2.75rem;
      display: flex;
      align-items: center;
    }
  `,
];
