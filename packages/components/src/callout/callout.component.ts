import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CalloutBlock } from '@coursekit/schema';
import { LanguageController } from '../i18n/language-controller';
import { renderMarkdown } from '../markdown/render';
import { blockStrings } from '../translations/blocks';
import { calloutStyles } from './callout.styles';

/**
 * @summary A highlighted box: information, a tip, a warning, something important, or a legal basis.
 * Its kind is written out ("Penting"), never told by colour alone (WCAG 1.4.1).
 *
 * @csspart base - The box (an ARIA note).
 * @csspart kind - The kind label.
 * @csspart title - The title.
 * @csspart body - The Markdown body.
 *
 * @cssproperty --ck-callout-color - The edge and kind label colour.
 *
 * @example
 * <ck-callout variant="legal" heading="UU 20/2001 Pasal 12C" markdown="Laporkan dalam **30 hari kerja**."></ck-callout>
 */
export class CkCallout extends LitElement {
  static override styles = calloutStyles;

  /** The kind of box. */
  @property({ reflect: true }) variant: CalloutBlock['variant'] = 'info';
  /** An optional title. */
  @property() heading = '';
  /** The body, in the safe Markdown subset. */
  @property() markdown = '';
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  private language = new LanguageController(this);

  // Renders once the UI strings of its language are there (they load on demand).
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }

  protected override render() {
    const s = this.language.strings(blockStrings);
    return html`<aside part="base" class="base" role="note" aria-label=${this.heading ? `${s.callout[this.variant]}: ${this.heading}` : s.callout[this.variant]}>
      <p part="kind" class="kind">${s.callout[this.variant] ?? s.callout.info}</p>
      ${this.heading ? html`<p part="title" class="title">${this.heading}</p>` : nothing}
      <div part="body" class="prose">${renderMarkdown(this.markdown, { lang: this.language.tag })}</div>
    </aside>`;
  }
}
