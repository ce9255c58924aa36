import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LanguageController } from '../i18n/language-controller';
import { renderMarkdown } from '../markdown/render';
import { blockStrings } from '../translations/blocks';
import { tabsStyles } from './tabs.styles';
import { CkTabChangeEvent } from './tabs.events';

/** One tab: its title and its Markdown body. */
export interface TabItem {
  title: string;
  markdown: string;
}

/**
 * @summary Tabbed sections, following the WAI-ARIA tabs pattern with automatic activation:
 * one tab stop for the tab list; Left/Right arrows move and show, Home/End go to the ends;
 * Tab then enters the shown panel.
 *
 * @event ck-tab-change - The learner showed another tab. detail: { index }
 *
 * @csspart base - The frame.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart panel - The shown panel.
 *
 * @example
 * <ck-tabs label="Jenis gratifikasi"></ck-tabs>
 * <script>document.querySelector('ck-tabs').tabs = [{ title: 'Dilarang', markdown: '…' }, { title: 'Boleh', markdown: '…' }];</script>
 */
export class CkTabs extends LitElement {
  static override styles = tabsStyles;

  /** The tabs. */
  @property({ attribute: false }) tabs: TabItem[] = [];
  /** Accessible name of the tab list. */
  @property() label = '';
  /** The tab shown, from 0. */
  @property({ type: Number }) selected = 0;
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  private language = new LanguageController(this);

  // Renders once the UI strings of its language are there (they load on demand).
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }

  private select(index: number): void {
    const n = this.tabs.length;
    if (!n) return;
    const next = ((index % n) + n) % n;
    if (next === this.selected) return;
    this.selected = next;
    this.dispatchEvent(new CkTabChangeEvent({ index: next }));
  }

  private onKey(e: KeyboardEvent): void {
    const moves: Record<string, number> = { ArrowRight: this.selected + 1, ArrowLeft: this.selected - 1, Home: 0, End: this.tabs.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.select(to);
    this.focusSelected();
  }

  private focusSelected(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.selected}`)?.focus());
  }

  protected override render() {
    const s = this.language.strings(blockStrings);
    const selected = Math.min(this.selected, Math.max(this.tabs.length - 1, 0));
    const panel = this.tabs[selected];
    return html`<div part="base" class="base">
      <div part="tablist" class="list" role="tablist" aria-label=${this.label || s.tabs} @keydown=${this.onKey}>
        ${this.tabs.map(
          (tab, i) => html`<button
            part="tab"
            class="tab"
            role="tab"
            id="tab-${i}"
            aria-selected=${i === selected ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${i === selected ? 0 : -1}
            @click=${() => this.select(i)}
          >
            ${tab.title}
          </button>`,
        )}
      </div>
      ${panel
        ? html`<div part="panel" class="panel prose" id="panel" role="tabpanel" aria-labelledby="tab-${selected}" tabindex="0">
            ${renderMarkdown(panel.markdown, { lang: this.language.tag })}
          </div>`
        : ''}
    </div>`;
  }
}
