import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { localize } from '@coursekit/engine/course';
import type { AssetPath, HotspotQuestion, LocalizedText } from '@coursekit/schema';
import { stringsFor } from '../i18n/msg';
import { hotspotStyles } from './hotspot.styles';
import { hotspotStrings } from './hotspot.strings';

/**
 * @summary The picture of a hotspot question with its areas as toggle buttons: a learner selects
 * an area by pointer, or by Tab and Enter or Space; each area says its number and label to
 * screen readers (`aria-pressed` tells whether it is selected), and the numbered legend under the
 * image names every area for sighted learners. `<ck-question>` renders it for `hotspot` questions.
 *
 * @csspart image - The picture.
 * @csspart area - Each selectable area.
 * @csspart legend - The numbered list of area labels.
 *
 * @cssproperty --ck-hotspot-area-color - Outline and fill of the areas.
 *
 * @example
 * <ck-hotspot lang="id"></ck-hotspot>
 * <script>Object.assign(document.querySelector('ck-hotspot'), { question, selected: [], toggle: (id) => … });</script>
 */
export class CkHotspot extends LitElement {
  static override styles = hotspotStyles;

  /** The hotspot question whose picture and areas to show. */
  @property({ attribute: false }) question?: HotspotQuestion;
  /** Ids of the areas selected now. */
  @property({ attribute: false }) selected: string[] = [];
  /** Called with an area's id when the learner selects or unselects it. */
  @property({ attribute: false }) toggle: (areaId: string) => void = () => {};
  /** Resolves a course asset path (the picture) to a URL, as the player resolves every asset of the course. */
  @property({ attribute: false }) asset: (path: AssetPath) => string = (path) => path;
  /** The areas cannot be changed (answered, or shown for review). */
  @property({ type: Boolean }) locked = false;
  /** Language of the course text and UI strings. */
  @property() override lang = 'id';
  /** The course's default language, for text not written in `lang`. */
  @property({ attribute: 'fallback-lang' }) fallbackLang = 'id';

  private text(value: LocalizedText): string {
    return localize(value, this.lang, this.fallbackLang);
  }

  override render() {
    const q = this.question;
    if (!q) return html``;
    const s = stringsFor(hotspotStrings, this.lang);
    const alt = this.text(q.image.alt);
    return html`
      <div class="stage" role="group" aria-label=${s.areas(alt)}>
        <img part="image" src=${this.asset(q.image.src)} alt=${alt} />
        ${q.areas.map(
          (a, i) => html`<button
            type="button"
            class="area"
            part="area"
            data-area=${a.id}
            style="left:${a.x}%;top:${a.y}%;width:${a.width}%;height:${a.height}%"
            aria-label=${s.area(i + 1, this.text(a.label))}
            aria-pressed=${this.selected.includes(a.id) ? 'true' : 'false'}
            ?disabled=${this.locked}
            @click=${() => this.toggle(a.id)}
          ><span class="number" aria-hidden="true">${i + 1}</span></button>`,
        )}
      </div>
      <ol class="legend" part="legend" aria-hidden="true">
        ${q.areas.map((a, i) => html`<li>${i + 1}. ${this.text(a.label)}</li>`)}
      </ol>
    `;
  }
}
