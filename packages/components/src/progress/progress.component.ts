import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LanguageController } from '../i18n/language-controller';
import { blockStrings } from '../translations/blocks';
import { progressStyles } from './progress.styles';

/**
 * @summary An accessible progress bar (`role="progressbar"` with its value in words).
 *
 * @csspart base - The bar and its label.
 * @csspart track - The bar's track.
 * @csspart indicator - The filled part.
 * @csspart label - The percentage shown beside the bar.
 *
 * @cssproperty --ck-progress-color - Fill of the bar.
 * @cssproperty --ck-progress-height - Thickness of the bar.
 *
 * @example
 * <ck-progress value="3" max="9" lang="en"></ck-progress>
 */
export class CkProgress extends LitElement {
  static override styles = progressStyles;

  /** How much is done, from 0 to `max`. */
  @property({ type: Number }) value = 0;
  /** The whole; default 100. */
  @property({ type: Number }) max = 100;
  /** Accessible name; default "Kemajuan" / "Progress". */
  @property() label = '';
  /** The value in words for screen readers, e.g. "3 dari 9 halaman dilihat (33%)"; default the percentage. */
  @property() valuetext = '';
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  private language = new LanguageController(this);

  // Renders once the UI strings of its language are there (they load on demand).
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }

  /** The percentage done, 0–100, rounded. */
  get percent(): number {
    return this.max > 0 ? Math.round((Math.min(Math.max(this.value, 0), this.max) / this.max) * 100) : 0;
  }

  protected override render() {
    const s = this.language.strings(blockStrings);
    const percent = this.percent;
    return html`<div part="base" class="base">
      <div
        part="track"
        class="track"
        role="progressbar"
        aria-label=${this.label || s.progress}
        aria-valuemin="0"
        aria-valuemax=${this.max}
        aria-valuenow=${Math.min(Math.max(this.value, 0), this.max)}
        aria-valuetext=${this.valuetext || nothing}
      >
        <div part="indicator" class="indicator" .style=${`inline-size:${percent}%`}></div>
      </div>
      <span part="label" class="label" aria-hidden="true">${percent}%</span>
    </div>`;
  }
}
