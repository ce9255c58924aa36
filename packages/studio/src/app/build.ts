import type { Diagnostic } from '@coursekit/schema';
import { css, html, nothing } from 'lit';
import { StudioElement } from './element';
import { property, state } from 'lit/decorators.js';
import { api } from './api';
import type { StudioStore } from './store';
import { baseStyles } from './styles';

/** The targets `coursekit build` makes, with the names LMS admins know them by. */
export const BUILD_TARGETS = [
  { id: 'scorm12', label: 'SCORM 1.2' },
  { id: 'scorm2004-3', label: 'SCORM 2004 3rd Edition' },
  { id: 'scorm2004-4', label: 'SCORM 2004 4th Edition' },
  { id: 'cmi5', label: 'cmi5' },
  { id: 'xapi', label: 'xAPI (TinCan)' },
  { id: 'web', label: 'Web' },
] as const;

/**
 * @summary The build dialog: pick targets, build with the CLI's progress messages, see the
 * packages made or the errors that stopped the build.
 */
export class CkStudioBuild extends StudioElement {
  static override styles = [
    baseStyles,
    css`
      dialog { width: min(36rem, 95vw); border: 1px solid #374151; border-radius: 8px; }
      dialog::backdrop { background: rgb(0 0 0 / 0.4); }
      h2 { margin-top: 0; font-size: 1.1rem; }
      fieldset { border: 1px solid #d1d5db; border-radius: 6px; }
      .log { max-height: 12rem; overflow: auto; font-family: ui-monospace, monospace; font-size: 0.8125rem; background: #f9fafb; padding: 0.5rem; margin: 0.5rem 0; }
      .actions { display: flex; gap: 0.5rem; justify-content: flex-end; }
      ul { padding-left: 1.2rem; }
    `,
  ];

  @state() private picked = new Set<string>(['scorm12']);
  @state() private running = false;
  @state() private log: string[] = [];
  @state() private outputs: string[] = [];
  @state() private errors: Diagnostic[] = [];
  @state() private failed = false;
  private opener: HTMLElement | null = null;

  /** Opens the dialog; focus returns to `opener` when it closes. */
  open(opener: HTMLElement | null): void {
    this.opener = opener;
    this.renderRoot.querySelector('dialog')!.showModal();
  }

  private async run(): Promise<void> {
    this.running = true;
    this.log = [];
    this.outputs = [];
    this.errors = [];
    this.failed = false;
    try {
      const last = await api.build([...this.picked], (e) => {
        if (e.type === 'progress') this.log = [...this.log, e.message];
      });
      if (last.type === 'done') this.outputs = last.outputs;
      else if (last.type === 'error') {
        this.errors = last.diagnostics;
        this.failed = true;
      }
    } catch (e) {
      this.failed = true;
      this.log = [...this.log, (e as Error).message];
    } finally {
      this.running = false;
    }
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.picked);
    if (on) next.add(id);
    else next.delete(id);
    this.picked = next;
  }

  protected override render() {
    const t = this.store.t;
    return html`<dialog aria-labelledby="build-title" @close=${() => this.opener?.focus()}>
      <h2 id="build-title">${t.buildTitle}</h2>
      <fieldset>
        <legend>${t.targets}</legend>
        ${BUILD_TARGETS.map(
          (x) => html`<div><input type="checkbox" id=${`target-${x.id}`} .checked=${this.picked.has(x.id)} @change=${(e: Event) => this.toggle(x.id, (e.target as HTMLInputElement).checked)} /><label for=${`target-${x.id}`}>${x.label}</label></div>`,
        )}
      </fieldset>
      <div class="log" role="log" aria-live="polite" aria-label=${t.building} tabindex="0">${this.log.map((l) => html`<div>${l}</div>`)}</div>
      <div role="status">
        ${this.running ? t.building : nothing}
        ${this.outputs.length ? html`<p>${t.buildDone('')}</p><ul>${this.outputs.map((o) => html`<li>${o}</li>`)}</ul>` : nothing}
        ${this.failed ? html`<p class="error">${t.buildFailed}</p>` : nothing}
      </div>
      ${this.errors.length ? html`<ul class="error">${this.errors.map((d) => html`<li>${d.file}:${d.line}:${d.column} ${d.code} ${d.message}${d.hint ? ` — ${d.hint}` : ''}</li>`)}</ul>` : nothing}
      <div class="actions">
        <button type="button" class="primary" ?disabled=${this.running || !this.picked.size} @click=${() => void this.run()}>${t.startBuild}</button>
        <button type="button" @click=${() => this.renderRoot.querySelector('dialog')!.close()}>${t.close}</button>
      </div>
    </dialog>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-build': CkStudioBuild;
  }
}
