// Lit alone, the yardstick of the size check: what a page with one Lit element at least downloads.
export { LitElement, html, css, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
