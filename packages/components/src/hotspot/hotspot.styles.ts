import { css } from 'lit';
import { baseStyles } from '../styles/base.styles';

export const hotspotStyles = [
  baseStyles,
  css`
    .stage {
      position: relative;
      margin: 0;
      max-width: 100%;
      line-height: 0;
    }
    img {
      display: block;
      width: 100%;
      height: auto;
      border-radius: var(--_radius);
    }
    .area {
      position: absolute;
      box-sizing: border-box;
      min-width: 24px;
      min-height: 24px;
      padding: 0;
      margin: 0;
      border: 2px dashed var(--ck-hotspot-area-color, var(--_accent));
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_text);
      cursor: pointer;
      line-height: 1.2;
    }
    .area[aria-pressed='true'] {
      border-style: solid;
      border-width: 4px;
      background: color-mix(in srgb, var(--ck-hotspot-area-color, var(--_accent)) 25%, transparent);
    }
    .area:disabled {
      cursor: default;
    }
    .number {
      position: absolute;
      inset-block-start: 0.25rem;
      inset-inline-start: 0.25rem;
      min-width: 1.5rem;
      padding: 0.125rem 0.375rem;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_accentContrast);
      font-weight: 700;
      font-size: 0.875rem;
    }
    .legend {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      font-size: 0.9375rem;
    }
  `,
];
