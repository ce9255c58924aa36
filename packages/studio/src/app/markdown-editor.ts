import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { renderMarkdown } from '@coursekit/components';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * @summary A Markdown field: CodeMirror 6 with a live preview rendered as the player renders it.
 * @event ck-studio-input - The text changed. detail: { value }
 * @event ck-studio-commit - The field lost focus (flush pending edits).
 */
export class CkStudioMarkdown extends LitElement {
  static override styles = css`
    :host { display: block; }
    .editor { border: 1px solid #6b7280; border-radius: 4px; background: #fff; min-height: 4.5rem; }
    .editor:focus-within { outline: 2px solid #1d4ed8; outline-offset: 1px; }
    .cm-editor { max-height: 14rem; }
    .cm-editor.cm-focused { outline: none; }
    .cm-content { font-family: ui-monospace, monospace; font-size: 0.875rem; }
    .preview { margin-top: 0.25rem; padding: 0.25rem 0.5rem; border-left: 3px solid #d1d5db; color: #1f2937; font-size: 0.875rem; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .preview :first-child { margin-top: 0; }
    .preview :last-child { margin-bottom: 0; }
  `;

  @property() value = '';
  /** The accessible name of the editor. */
  @property() label = '';
  @property({ attribute: 'preview-label' }) previewLabel = 'Preview';
  /** Ids of elements describing the field (its diagnostics), inside the host's root. */
  @property({ attribute: false }) invalid = false;

  private view?: EditorView;

  protected override firstUpdated(): void {
    this.mount();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.view) this.mount();
  }

  private mount(): void {
    this.view = new EditorView({
      root: this.shadowRoot!,
      parent: this.renderRoot.querySelector('.editor')!,
      state: EditorState.create({
        doc: this.value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          markdown(),
          EditorView.lineWrapping,
          placeholder(''),
          EditorView.contentAttributes.of({ 'aria-label': this.label, 'aria-invalid': String(this.invalid) }),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            this.value = u.state.doc.toString();
            this.dispatchEvent(new CustomEvent('ck-studio-input', { detail: { value: this.value }, bubbles: true, composed: true }));
          }),
          EditorView.domEventHandlers({ blur: () => void this.dispatchEvent(new CustomEvent('ck-studio-commit', { bubbles: true, composed: true })) }),
        ],
      }),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.view;
    if (view && changed.has('value') && view.state.doc.toString() !== this.value) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: this.value } });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = undefined;
  }

  override focus(): void {
    this.view?.focus();
  }

  protected override render() {
    return html`<div class="editor"></div>
      <div class="preview"><span class="sr">${this.previewLabel}: </span>${renderMarkdown(this.value)}</div>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-markdown': CkStudioMarkdown;
  }
}
