import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CkStudioAssets } from './assets';
import type { CkStudioForm } from './form';
import { outlineOf, type OutlineItem } from './outline-items';
import type { CkStudioOutline } from './outline';
import type { CkStudioNavigateEvent } from './problems';
import type { CkStudioScenario } from './scenario';
import { StudioStore } from './store';
import { baseStyles } from './styles';

const editable = (el: Element | null): boolean => !!el && (el.matches('input, textarea, select, [contenteditable="true"]') || !!el.shadowRoot?.activeElement && editable(el.shadowRoot.activeElement));

/**
 * @summary CourseKit Studio: the outline, the form or scenario editor of the item picked, the live
 * preview, the problems list, the assets panel and the build dialog; Ctrl/Cmd+S saves,
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo outside text fields.
 */
export class CkStudio extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host { display: grid; grid-template-rows: auto auto 1fr auto; height: 100vh; }
      header { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.5rem 0.75rem; border-bottom: 1px solid #d1d5db; background: #f9fafb; }
      header h1 { font-size: 1.1rem; margin: 0 auto 0 0; }
      .dirty { color: #92400e; font-size: 0.875rem; }
      .banner { background: #fef3c7; border-bottom: 1px solid #b45309; padding: 0.5rem 0.75rem; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
      .panes { display: grid; grid-template-columns: minmax(14rem, 18rem) minmax(20rem, 1fr) minmax(20rem, 34%); min-height: 0; }
      .panes > * { overflow: auto; padding: 0.5rem 0.75rem; min-height: 0; }
      nav { border-right: 1px solid #d1d5db; }
      aside { border-left: 1px solid #d1d5db; display: flex; flex-direction: column; }
      main h2 { font-size: 1.1rem; margin: 0.25rem 0 0.75rem; }
      .problems { border-top: 1px solid #d1d5db; max-height: 10rem; overflow: auto; padding: 0.5rem 0.75rem; }
      .status { font-size: 0.875rem; }
      [aria-pressed='true'] { background: #1d4ed8; color: #fff; border-color: #1d4ed8; }
    `,
  ];

  readonly store = new StudioStore();
  @state() private status: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private problem = '';
  @state() private view: 'edit' | 'assets' = 'edit';
  private readonly onChange = () => this.requestUpdate();
  private readonly onKey = (e: KeyboardEvent) => this.shortcut(e);

  override connectedCallback(): void {
    super.connectedCallback();
    this.store.addEventListener('change', this.onChange);
    window.addEventListener('keydown', this.onKey);
    this.store.load().then(
      () => (this.status = 'ready'),
      (e: Error) => ((this.problem = e.message), (this.status = 'failed')),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.removeEventListener('change', this.onChange);
    window.removeEventListener('keydown', this.onKey);
    this.store.dispose();
  }

  private shortcut(e: KeyboardEvent): void {
    if (this.status !== 'ready' || !(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 's') {
      e.preventDefault();
      void this.store.save();
    } else if ((key === 'z' || key === 'y') && !editable(this.shadowRoot!.activeElement)) {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) this.store.redo();
      else this.store.undo();
    }
  }

  /** Opens the editor of the item that holds `pointer` and focuses its field. */
  private async navigate(pointer: string): Promise<void> {
    this.view = 'edit';
    const outline = this.renderRoot.querySelector<CkStudioOutline>('ck-studio-outline')!;
    const scenario = /^\/scenarios\/\d+/.exec(pointer);
    if (scenario) {
      await outline.reveal(scenario[0], false);
      await this.updateComplete;
      const editor = this.renderRoot.querySelector<CkStudioScenario>('ck-studio-scenario')!;
      const node = /^\/scenarios\/\d+\/nodes\/\d+/.exec(pointer);
      if (node) {
        await editor.pick(String((this.store.valueAt(node[0]) as { id: string }).id), 'none');
        await editor.shadowRoot!.querySelector<CkStudioForm>('#node-form')!.focusField(pointer);
      } else await editor.shadowRoot!.querySelector<CkStudioForm>('ck-studio-form')!.focusField(pointer);
      return;
    }
    const item = /^\/modules\/\d+(\/pages\/\d+(\/blocks\/\d+)?)?/.exec(pointer)?.[0] ?? '';
    await outline.reveal(item, false);
    await this.updateComplete;
    await this.renderRoot.querySelector<CkStudioForm>('main ck-studio-form')?.focusField(pointer);
  }

  /** Files dropped on the editor go to the assets panel, which copies them and asks their alternative text. */
  private async dropFiles(e: DragEvent): Promise<void> {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length || this.view === 'assets') return;
    e.preventDefault();
    this.view = 'assets';
    await this.updateComplete;
    await this.renderRoot.querySelector<CkStudioAssets>('ck-studio-assets')!.upload(files);
  }

  private selected(): OutlineItem | undefined {
    const all = (items: OutlineItem[]): OutlineItem[] => items.flatMap((i) => [i, ...all(i.children)]);
    return all(outlineOf(this.store)).find((i) => i.pointer === this.store.selection);
  }

  private editor() {
    const t = this.store.t;
    if (this.view === 'assets') return html`<ck-studio-assets .store=${this.store}></ck-studio-assets>`;
    const item = this.selected();
    if (!item || item.kind === 'scenarios') return html`<p>${t.nothingSelected}</p>`;
    if (item.kind === 'scenario') return html`<ck-studio-scenario .store=${this.store} pointer=${item.pointer}></ck-studio-scenario>`;
    const kind = { course: t.course, module: t.module, page: t.page, block: t.block }[item.kind];
    return html`<h2>${kind}: ${item.label}</h2><ck-studio-form .store=${this.store} pointer=${item.pointer}></ck-studio-form>`;
  }

  private banner() {
    const t = this.store.t;
    if (!this.store.external.length) return nothing;
    return html`<div class="banner" role="alert">
      <span>${t.externalChange(this.store.external.map((f) => f.path).join(', '))}</span>
      <button type="button" @click=${() => this.store.reloadExternal()}>${t.externalReload}</button>
      <button type="button" @click=${() => this.store.keepMine()}>${t.externalKeep}</button>
    </div>`;
  }

  protected override render() {
    const t = this.store.t;
    if (this.status === 'loading') return html`<p role="status">${t.loading}</p>`;
    if (this.status === 'failed') return html`<p role="alert">${t.loadFailed(this.problem)}</p>`;
    const s = this.store;
    const dirty = s.dirtyCount;
    return html`<header>
        <h1>${t.app}: ${outlineOf(s)[0]!.label}</h1>
        ${dirty ? html`<span class="dirty">${t.unsaved(dirty)}</span>` : nothing}
        <button type="button" ?disabled=${!s.doc.canUndo} @click=${() => s.undo()} aria-keyshortcuts="Control+Z">${t.undo}</button>
        <button type="button" ?disabled=${!s.doc.canRedo} @click=${() => s.redo()} aria-keyshortcuts="Control+Shift+Z">${t.redo}</button>
        <button type="button" class="primary" @click=${() => void s.save()} aria-keyshortcuts="Control+S">${t.save}</button>
        <button type="button" aria-pressed=${this.view === 'assets' ? 'true' : 'false'} @click=${() => (this.view = this.view === 'assets' ? 'edit' : 'assets')}>${t.assets}</button>
        <button type="button" @click=${(e: Event) => this.renderRoot.querySelector('ck-studio-build')!.open(e.currentTarget as HTMLElement)}>${t.build}</button>
        <label for="ui-lang">${t.uiLanguage}</label>
        <select id="ui-lang" @change=${(e: Event) => s.setLanguage((e.target as HTMLSelectElement).value)}>
          <option value="id" ?selected=${s.lang === 'id'}>Bahasa Indonesia</option>
          <option value="en" ?selected=${s.lang === 'en'}>English</option>
        </select>
      </header>
      ${this.banner()}
      <div class="panes">
        <nav aria-label=${t.outline}><ck-studio-outline .store=${s}></ck-studio-outline></nav>
        <main
          @ck-studio-navigate=${(e: CkStudioNavigateEvent) => void this.navigate(e.pointer)}
          @dragover=${(e: DragEvent) => void (this.view === 'edit' && e.dataTransfer?.types.includes('Files') && e.preventDefault())}
          @drop=${(e: DragEvent) => void this.dropFiles(e)}
        >${this.editor()}</main>
        <aside aria-label=${t.preview}><ck-studio-preview .store=${s}></ck-studio-preview></aside>
      </div>
      <section class="problems" tabindex="0" aria-label=${t.problems} @ck-studio-navigate=${(e: CkStudioNavigateEvent) => void this.navigate(e.pointer)}>
        <ck-studio-problems .store=${s}></ck-studio-problems>
        <p class="status" role="status">${s.notice}</p>
      </section>
      <ck-studio-build .store=${s}></ck-studio-build>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'ck-studio': CkStudio;
  }
}
