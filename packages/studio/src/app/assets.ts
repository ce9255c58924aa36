import { css, html, nothing } from 'lit';
import { StudioElement } from './element';
import { property, state } from 'lit/decorators.js';
import { api, StudioApiError } from './api';
import { CkStudioNavigateEvent } from './problems';
import type { StudioStore } from './store';
import { baseStyles } from './styles';

/**
 * @summary The assets panel: drop or choose images (copied into the course's `assets/` under a
 * safe name), give their alternative text and insert them on the page being edited; every asset
 * with where it is used, the unused ones marked.
 */
export class CkStudioAssets extends StudioElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      h2 { font-size: 1rem; margin: 0 0 0.5rem; }
      .drop { border: 2px dashed #6b7280; border-radius: 6px; padding: 0.75rem; text-align: center; }
      .drop.over { border-color: #1d4ed8; background: #eff6ff; }
      ul.assets { list-style: none; padding: 0; }
      ul.assets li { border-bottom: 1px solid #e5e7eb; padding: 0.3rem 0; }
      .unused { color: #92400e; font-weight: 600; }
      .alt { border: 1px solid #d1d5db; border-radius: 6px; padding: 0.5rem; margin: 0.5rem 0; display: grid; gap: 0.3rem; }
      .alt input { padding: 0.3rem; border: 1px solid #6b7280; border-radius: 4px; }
      .uses { margin: 0; padding-left: 1rem; font-size: 0.8125rem; }
      .uses button { border: 0; background: none; color: #1d4ed8; text-decoration: underline; padding: 0; }
    `,
  ];

  /** The image just copied in, waiting for its alternative text. */
  @state() private fresh = '';
  @state() private alt: Record<string, string> = {};
  @state() private over = false;
  @state() private tried = false;

  /** Copies the files into assets/; a file the server refuses (CK963: not a kind a course shows) is announced and skipped. */
  async upload(files: FileList | File[]): Promise<void> {
    for (const file of [...files]) {
      let path: string;
      try {
        path = await api.uploadAsset(file.name, file);
      } catch (e) {
        this.store.announce(this.store.t.notCopied(file.name, e instanceof StudioApiError ? e.reason : (e as Error).message));
        continue;
      }
      this.fresh = path;
      this.alt = {};
      this.tried = false;
      this.store.announce(this.store.t.uploaded(path));
    }
    await this.store.refreshAssets();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.alt input')?.focus();
  }

  /** Inserts an image block with the asset and its alternative text after the block or at the end of the page being edited. */
  private insert(e: Event): void {
    e.preventDefault();
    this.tried = true;
    const langs = this.store.languages;
    if (!langs.every((l) => this.alt[l]?.trim())) return;
    const m = /^(\/modules\/\d+\/pages\/\d+)(?:\/blocks\/(\d+))?/.exec(this.store.selection);
    if (!m) return;
    const blocks = (this.store.valueAt(`${m[1]}/blocks`) as unknown[]).length;
    const index = m[2] === undefined ? blocks : Number(m[2]) + 1;
    const at = `${m[1]}/blocks/${index}`;
    this.store.apply([{ op: 'add', path: at, value: { type: 'image', src: this.fresh, alt: Object.fromEntries(langs.map((l) => [l, this.alt[l]!.trim()])) } }], `${this.store.t.insertImage}: ${this.fresh}`);
    this.fresh = '';
    this.store.select(at);
    void this.store.refreshAssets();
  }

  private altForm() {
    const t = this.store.t;
    const langs = this.store.languages;
    const onPage = /^\/modules\/\d+\/pages\/\d+/.test(this.store.selection);
    return html`<form class="alt" @submit=${this.insert}>
      <strong>${this.fresh}</strong>
      ${langs.map((l) => {
        const missing = this.tried && !this.alt[l]?.trim();
        return html`<label for=${`alt-${l}`}>${t.altText} — ${t.languageName(l)}</label>
          <input id=${`alt-${l}`} lang=${l} .value=${this.alt[l] ?? ''} aria-invalid=${missing ? 'true' : 'false'} aria-describedby=${missing ? `alt-${l}-missing` : nothing} @input=${(e: Event) => (this.alt = { ...this.alt, [l]: (e.target as HTMLInputElement).value })} />
          ${missing ? html`<span class="error" id=${`alt-${l}-missing`}>${t.altNeeded}</span>` : nothing}`;
      })}
      <button type="submit" ?disabled=${!onPage}>${t.insertImage}</button>
    </form>`;
  }

  protected override render() {
    const t = this.store.t;
    return html`<h2>${t.assets}</h2>
      <div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => (e.preventDefault(), (this.over = true))}
        @dragleave=${() => (this.over = false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          this.over = false;
          if (e.dataTransfer?.files.length) void this.upload(e.dataTransfer.files);
        }}
      >
        <label for="asset-files">${t.assetsDrop}</label>
        <input id="asset-files" type="file" accept="image/*" multiple @change=${(e: Event) => void this.upload((e.target as HTMLInputElement).files ?? [])} />
      </div>
      ${this.fresh ? this.altForm() : nothing}
      <ul class="assets">
        ${this.store.assets.map(
          (a) => html`<li>
            <span>${a.path}</span> <span>(${t.bytes(a.bytes)})</span>
            ${a.usedAt.length
              ? html`<ul class="uses" aria-label=${`${t.usedAt}: ${a.path}`}>${a.usedAt.map((p) => html`<li><button type="button" @click=${() => this.dispatchEvent(new CkStudioNavigateEvent(p))}>${p}</button></li>`)}</ul>`
              : html`<span class="unused">${t.unused}</span>`}
          </li>`,
        )}
      </ul>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio-assets': CkStudioAssets;
  }
}
