import { css } from 'lit';

/** What every Studio element shares: colours with at least 4.5:1 contrast, visible focus. */
export const baseStyles = css`
  :host { font-family: system-ui, sans-serif; color: #111827; font-size: 0.9375rem; }
  button, select, input, textarea { font: inherit; }
  button { border: 1px solid #374151; background: #fff; color: #111827; border-radius: 4px; padding: 0.25rem 0.6rem; cursor: pointer; }
  button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
  button:disabled { color: #6b7280; border-color: #9ca3af; cursor: default; }
  :focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .error { color: #b91c1c; }
  .warning { color: #92400e; }
`;

/** The generated forms. */
export const formStyles = [
  baseStyles,
  css`
    :host { display: block; }
    .field { display: grid; gap: 0.2rem; margin: 0 0 0.75rem; }
    .field.check { grid-template-columns: auto 1fr; align-items: center; }
    .field.check > :not(input):not(label) { grid-column: 1 / -1; }
    label, legend { font-weight: 600; }
    .req { font-weight: 400; color: #4b5563; font-size: 0.8125rem; }
    input[type='text'], input[type='number'], select { padding: 0.3rem 0.4rem; border: 1px solid #6b7280; border-radius: 4px; background: #fff; color: #111827; }
    input[aria-invalid='true'], select[aria-invalid='true'] { border-color: #b91c1c; box-shadow: 0 0 0 1px #b91c1c; }
    .desc { margin: 0; color: #4b5563; font-size: 0.8125rem; }
    fieldset.group, fieldset.item { border: 1px solid #d1d5db; border-radius: 6px; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.75rem; }
    .column { display: grid; gap: 0.2rem; align-content: start; }
    .column.missing input, .column.missing ck-studio-markdown { box-shadow: 0 0 0 2px #b45309; border-radius: 4px; }
    .missing-note { margin: 0; color: #92400e; font-size: 0.8125rem; font-weight: 600; }
    .diagnostics { margin: 0.2rem 0 0; padding: 0; list-style: none; font-size: 0.8125rem; }
    .diagnostics li { margin: 0.1rem 0; }
    .items { margin: 0; padding: 0; list-style: none; }
    .item-actions { display: flex; gap: 0.25rem; margin: -0.4rem 0 0.75rem; flex-wrap: wrap; }
    .item-actions button, .remove, .add { font-size: 0.8125rem; }
  `,
];
