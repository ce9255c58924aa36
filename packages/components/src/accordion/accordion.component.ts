import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LanguageController } from '../i18n/language-controller';
import { renderMarkdown } from '../markdown/render';
import { accordionStyles } from './accordion.styles';
import { CkToggleEvent } from './accordion.events';

/** One section: its title and its Markdown body. */
export interface AccordionItem {
  title: string;
  markdown: string;
}

/**
 * @summary Collapsible sections: only the titles show until opened. Follows the WAI-ARIA accordion
 * pattern: each title is a button in a heading, with `aria-expanded` and `aria-controls`.
 *
 * @event ck-toggle - The learner opened or closed a section. detail: { index, open }
 *
 * @csspart base - The accordion's frame.
 * @csspart trigger - Each section's button.
 * @csspart panel - Each section's body.
 *
 * @example
 * <ck-accordion></ck-accordion>
 * <script>document.querySelector('ck-accordion').items = [{ title: 'Apa itu gratifikasi?', markdown: 'Pemberian dalam arti luas…' }];</script>
 */
export class CkAccordion extends LitElement {
  static override styles = accordionStyles;

  /** The sections. */
  @property({ attribute: false }) items: AccordionItem[] = [];
  /** Heading level of the titles (2–6); default 3, under a page's h2 headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  /** The open sections, by index from 0. */
  @property({ attribute: false }) expanded: number[] = [];
  private language = new LanguageController(this);

  /** Opens or closes a section, as the learner would (fires `ck-toggle`). */
  toggle(index: number): void {
    const now = !this.expanded.includes(index);
    this.expanded = now ? [...this.expanded, index] : this.expanded.filter((i) => i !== index);
    this.dispatchEvent(new CkToggleEvent({ index, open: now }));
  }

  protected override render() {
    return html`<div part="base" class="base">
      ${this.items.map((item, i) => {
        const open = this.expanded.includes(i);
        return html`<div class="item">
          <div class="heading" role="heading" aria-level=${this.headingLevel}>
            <button part="trigger" class="trigger" id="trigger-${i}" aria-expanded=${open ? 'true' : 'false'} aria-controls="panel-${i}" @click=${() => this.toggle(i)}>
              <span>${item.title}</span><span class="icon" aria-hidden="true"></span>
            </button>
          </div>
          <div part="panel" class="panel prose" id="panel-${i}" role="region" aria-labelledby="trigger-${i}" ?hidden=${!open}>
            ${renderMarkdown(item.markdown, { lang: this.language.tag })}
          </div>
        </div>`;
      })}
    </div>`;
  }
}
