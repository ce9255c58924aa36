import { css, html } from 'lit';
import { StudioElement } from './element';
import { property } from 'lit/decorators.js';
import type { StudioStore } from './store';
import { baseStyles } from './styles';

/** Asks the app to show the field a pointer (of the assembled course) names. */
export class CkStudioNavigateEvent extends Event {
  constructor(readonly pointer: string) {
    super('ck-studio-navigate', { bubbles: true, composed: true });
  }
}

/**
 * @summary The problems list: every diagnostic of the validator, each a button that opens the
 * field it concerns.
 * @event ck-studio-navigate - The designer picked a problem. `pointer`: where it is.
 */
export class CkStudioProblems extends StudioElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1rem; margin: 0 0 0.25rem; }
      ul { list-style: none; margin: 0; padding: 0; }
      li button { border: 0; background: none; text-align: left; padding: 0.15rem 0.25rem; width: 100%; color: inherit; }
      li button:hover { background: #f3f4f6; }
      .where { color: #4b5563; font-size: 0.8125rem; }
    `,
  ];


  protected override render() {
    const t = this.store.t;
    const list = this.store.diagnostics;
    const errors = list.filter((d) => d.severity === 'error').length;
    return html`<h2 id="problems-heading">${t.problems} <span class="where">(${t.problemsCount(errors, list.length - errors)})</span></h2>
      ${list.length
        ? html`<ul aria-labelledby="problems-heading">
            ${list.map(
              (d) => html`<li class=${d.severity}>
                <button type="button" @click=${() => this.dispatchEvent(new CkStudioNavigateEvent(d.at))}>
                  <strong>${d.code}</strong> ${d.message} <span class="where">${d.file}:${d.line}:${d.column}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p>${t.noProblems}</p>`}`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-problems': CkStudioProblems;
  }
  interface GlobalEventHandlersEventMap {
    'ck-studio-navigate': CkStudioNavigateEvent;
  }
}
