import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LanguageController } from '../i18n/language-controller';
import { renderMarkdown } from '../markdown/render';
import { blockStrings } from '../translations/blocks';
import { mediaStyles } from './media.styles';

/** A timed text track (WebVTT). */
export interface MediaTrack {
  src: string;
  /** BCP 47 language of the track. */
  srclang: string;
  label: string;
  kind: 'captions' | 'subtitles' | 'descriptions';
}

/**
 * @summary Audio or video with the browser's own controls (keyboard and screen-reader ready),
 * caption tracks, and the transcript in a disclosure for those who cannot hear or see it
 * (WCAG 1.2.1, 1.2.2).
 *
 * @csspart base - The figure.
 * @csspart media - The `<audio>` or `<video>`.
 * @csspart transcript - The transcript disclosure.
 *
 * @example
 * <ck-media kind="video" src="assets/intro.mp4" heading="Apa itu gratifikasi?"></ck-media>
 */
export class CkMedia extends LitElement {
  static override styles = mediaStyles;

  /** `audio` or `video`. */
  @property() kind: 'audio' | 'video' = 'video';
  /** The media file's URL. */
  @property() src = '';
  /** Title shown above, and the media's accessible name. */
  @property() heading = '';
  /** A poster image for video. */
  @property() poster = '';
  /** Caption, subtitle and description tracks. */
  @property({ attribute: false }) tracks: MediaTrack[] = [];
  /** The transcript, in the safe Markdown subset. */
  @property() transcript = '';
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  private language = new LanguageController(this);

  // Renders once the UI strings of its language are there (they load on demand).
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }

  protected override render() {
    const s = this.language.strings(blockStrings);
    const lang = this.language.tag;
    // The first track in the UI language is on by default, so captions show without a click.
    const first = this.tracks.findIndex((t) => t.srclang.split('-')[0] === lang.split('-')[0]);
    const tracks = this.tracks.map(
      (t, i) => html`<track kind=${t.kind} src=${t.src} srclang=${t.srclang} label=${t.label} ?default=${i === (first < 0 ? 0 : first)} />`,
    );
    const media =
      this.kind === 'audio'
        ? html`<audio part="media" controls preload="metadata" src=${this.src} aria-label=${this.heading}>${tracks}</audio>`
        : html`<video part="media" controls playsinline preload="metadata" src=${this.src} poster=${this.poster || nothing} aria-label=${this.heading}>${tracks}</video>`;
    return html`<figure part="base">
      <figcaption>${this.heading}</figcaption>
      ${media}
      ${this.transcript
        ? html`<details part="transcript">
            <summary>${s.showTranscript(this.heading)}</summary>
            <div class="prose">${renderMarkdown(this.transcript, { lang })}</div>
          </details>`
        : nothing}
    </figure>`;
  }
}
