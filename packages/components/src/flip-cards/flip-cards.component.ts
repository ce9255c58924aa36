import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LanguageController } from '../i18n/language-controller';
import { renderMarkdown } from '../markdown/render';
import { blockStrings } from '../translations/blocks';
import { flipCardsStyles } from './flip-cards.styles';
import { CkFlipEvent } from './flip-cards.events';

/** One card: front and back in Markdown, and an optional image. */
export interface FlipCard {
  front: string;
  back: string;
  image?: { src: string; alt: string } | undefined;
}

/**
 * @summary Cards that turn over to show their back. Each card has a real button ("Balik kartu 2
 * dari 4", `aria-pressed`) that keeps focus when the card turns; the side now shown is announced.
 * The turn is an animation only when motion is welcome.
 *
 * @event ck-flip - The learner turned a card. detail: { index, flipped }
 *
 * @csspart base - The list of cards.
 * @csspart card - Each card.
 * @csspart face - The side shown.
 * @csspart flip - Each card's turn button.
 *
 * @cssproperty --ck-flip-cards-front - Background of a card's front.
 * @cssproperty --ck-flip-cards-back - Background of a card's back.
 *
 * @example
 * <ck-flip-cards heading="Boleh atau tidak?"></ck-flip-cards>
 * <script>document.querySelector('ck-flip-cards').cards = [{ front: 'Parsel Lebaran dari rekanan', back: '**Tolak**, atau laporkan dalam 30 hari kerja.' }];</script>
 */
export class CkFlipCards extends LitElement {
  static override styles = flipCardsStyles;

  /** The cards. */
  @property({ attribute: false }) cards: FlipCard[] = [];
  /** An optional title above the cards. */
  @property() heading = '';
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  /** The cards showing their back, by index from 0. */
  @property({ attribute: false }) flipped: number[] = [];
  @state() private announcement = '';
  private language = new LanguageController(this);

  // Renders once the UI strings of its language are there (they load on demand).
  protected override scheduleUpdate() {
    return this.language.update(() => super.scheduleUpdate());
  }

  /** Turns a card over, as the learner would (fires `ck-flip`). */
  flip(index: number): void {
    const now = !this.flipped.includes(index);
    this.flipped = now ? [...this.flipped, index] : this.flipped.filter((i) => i !== index);
    const s = this.language.strings(blockStrings);
    this.announcement = now ? s.showingBack(index + 1) : s.showingFront(index + 1);
    this.dispatchEvent(new CkFlipEvent({ index, flipped: now }));
  }

  protected override render() {
    const s = this.language.strings(blockStrings);
    const n = this.cards.length;
    const lang = this.language.tag;
    return html`${this.heading ? html`<p class="heading"><strong>${this.heading}</strong></p>` : nothing}
      <ul part="base" class="grid" aria-label=${this.heading || s.cards}>
        ${this.cards.map((card, i) => {
          const back = this.flipped.includes(i);
          return html`<li part="card" class="card ${back ? 'flipped' : ''}">
            <p class="side">${s.cardOf(i + 1, n)} · ${back ? s.back : s.front}</p>
            ${!back && card.image ? html`<img src=${card.image.src} alt=${card.image.alt} />` : nothing}
            <div part="face" class="face prose">${renderMarkdown(back ? card.back : card.front, { lang })}</div>
            <button part="flip" class="flip" aria-pressed=${back ? 'true' : 'false'} @click=${() => this.flip(i)}>${back ? s.flipBack(i + 1, n) : s.flip(i + 1, n)}</button>
          </li>`;
        })}
      </ul>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
