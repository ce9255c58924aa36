import type { EditorView } from '@codemirror/view';
import { renderMarkdown } from '@coursekit/components';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';

/** The editor's chunk (CodeMirror), loaded once, when the first Markdown field is shown. */
let editorModule: Promise<typeof import('./codemirror')> | undefined;
const loadEditor = () => (editorModule ??= import('./codemirror'));

/**
 * @summary A Markdown field: CodeMirror 6 (loaded on demand) with a live preview rendered as the
 * player renders it.
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
  private editor?: typeof import('./codemirror');
  /** Focus asked for before the editor was loaded: given once it is. */
  private focusWanted = false;

  protected override firstUpdated(): void {
    void this.mount();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.view) void this.mount();
  }

  private async mount(): Promise<void> {
    const editor = await loadEditor();
    if (this.view || !this.isConnected) return;
    this.editor = editor;
    this.view = editor.createEditor({
      root: this.shadowRoot!,
      parent: this.renderRoot.querySelector<HTMLElement>('.editor')!,
      doc: this.value,
      label: this.label,
      invalid: this.invalid,
      onChange: (text) => {
        this.value = text;
        this.dispatchEvent(new CustomEvent('ck-studio-input', { detail: { value: text }, bubbles: true, composed: true }));
      },
      onBlur: () => void this.dispatchEvent(new CustomEvent('ck-studio-commit', { bubbles: true, composed: true })),
    });
    if (this.focusWanted) this.view.focus();
    this.focusWanted = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.view && changed.has('value')) this.editor!.setText(this.view, this.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = undefined;
  }

  override focus(): void {
    if (this.view) this.view.focus();
    else this.focusWanted = true;
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
