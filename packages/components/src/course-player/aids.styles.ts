import { css } from 'lit';

/** Styles of the player's learner aids: skip link, logo, module opener, required prompt, unfinished list, glossary and downloads. */
export const aidsStyles = css`
  .skip-link {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -4rem;
    z-index: 10;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accentContrast);
    font-weight: 700;
  }
  .skip-link:focus {
    inset-block-start: 0.5rem;
  }
  @media print {
    .skip-link,
    .required-prompt {
      display: none;
    }
  }
  .player {
    position: relative;
  }
  .brand-logo {
    block-size: 2.5rem;
    inline-size: auto;
    max-inline-size: 8rem;
    flex: none;
  }
  .module-opener {
    margin: 0 0 1rem;
  }
  .module-opener img {
    display: block;
    inline-size: 100%;
    max-block-size: 16rem;
    object-fit: contain;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .required-prompt {
    margin-block-start: 2rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .required-prompt h2 {
    font-size: 1.125rem;
    margin: 0 0 0.5rem;
  }
  .required-actions,
  .unfinished ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .unfinished ul {
    list-style: none;
    padding: 0;
  }
  .aid-page {
    padding: 1rem clamp(1rem, 4vw, 3rem) 2rem;
    max-inline-size: 50rem;
    min-inline-size: 0;
  }
  .results .aid-page {
    padding: 0;
  }
  .glossary-entry {
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .glossary-list dt {
    font-weight: 700;
  }
  .glossary-list dd {
    margin: 0.25rem 0 0;
  }
  .aliases,
  .format,
  .resource-description {
    color: var(--_textMuted);
    font-weight: 400;
  }
  .resource-list {
    padding-inline-start: 1.25rem;
  }
  .resource-description {
    margin: 0.125rem 0 0.5rem;
    font-size: 0.9375rem;
  }
`;
