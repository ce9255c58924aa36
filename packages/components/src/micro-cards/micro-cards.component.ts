import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CourseEngineApi, Tracker } from '@coursekit/engine';
import type { Card, CardsBlock, LocalizedText, ResolvedCourse } from '@coursekit/schema';
import { microCardsStyles } from './micro-cards.styles';
import { microCardsStrings, type MicroCardsStrings } from '../translations/micro-cards';
import { renderMarkdown } from '../markdown/render';
import { CkCardChangeEvent } from './micro-cards.events';
import { reportError } from '../events/error';
import type { EngineClass } from '@coursekit/session';
import { OwnSession } from '../internal/own-session';
import { cardIds, findCardsBlock, plainText, resolveText } from './micro-cards.model';
import { EngineController } from '../controllers/engine-controller';

/** How far (CSS px) a swipe must travel to turn the card. */
const SWIPE_THRESHOLD = 40;

/**
 * @summary Short swipeable cards, like a social-media carousel: swipe, arrow keys, buttons and
 * dots; "card 2 of 6" announced; each card shareable by its own link.
 *
 * Give it a `cards` array, or a course (`engine`, `src` or `course`) and the `block-id` of a
 * `cards` block. Opening the page at `#<card id>` starts on that card. Inside the player, give it
 * the player's `engine`. On any page, with `src` or `course`, it runs its own session
 * (`@coursekit/session`, as the player and `<ck-scenario>` do), which launches `trackers` if
 * given, resumes the language they saved, hands them every event, saves and ends them when the page goes away.
 *
 * @event ck-card-change - The learner moved to another card. detail: { index, cardId, total }
 *
 * @csspart base - The deck's frame.
 * @csspart card - Each card.
 * @csspart controls - The previous/next buttons and dots.
 * @csspart dot - Each dot button.
 * @csspart share - The share button.
 *
 * @cssproperty --ck-micro-cards-background - Background of a card.
 * @cssproperty --ck-micro-cards-color - Text colour on a card.
 *
 * @example
 * <ck-micro-cards src="course.json" block-id="myths" lang="id"></ck-micro-cards>
 */
export class CkMicroCards extends LitElement {
  static override styles = microCardsStyles;

  /** The engine class standalone elements create; default `LazyCourseEngine` from `@coursekit/engine/lazy` (its rules load on demand); `CourseEngine` has them from the start. */
  static engineClass: EngineClass | undefined;

  /** The engine to play in (the player's). With `src` or `course`, the element creates its own. */
  @property({ attribute: false }) engine?: CourseEngineApi;
  /** Id of a `cards` block in the course. */
  @property({ attribute: 'block-id', reflect: true }) blockId = '';
  /** URL of a course JSON holding the block. */
  @property() src?: string;
  /** A course object holding the block. */
  @property({ attribute: false }) course?: ResolvedCourse;
  /** Trackers of the element's own session when it plays a course block standalone (SCORM, xAPI, localStorage). Set before `src` or `course`. */
  @property({ attribute: false }) trackers: Tracker[] = [];
  /** The cards themselves, instead of a course block. */
  @property({ attribute: false }) cards?: Card[];
  /** A title for a `cards` array (a block brings its own). */
  @property() heading?: string;

  /** UI language (`id`, `en`) when there is no engine; with an engine, the engine's language wins. */
  @property() override lang = '';

  @state() private index = 0;
  @state() private problem: string | null = null;
  @state() private loading = false;
  @state() private announcement = '';
  @state() private dragX = 0;

  private pointer: { id: number; x: number; y: number } | null = null;
  private events = new EngineController(this, { update: 'language' });
  private own = new OwnSession(this);
  private ownEngine = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.events.sync();
    if ((changed.has('src') || changed.has('course')) && (this.src || this.course) && !this.cards && (!this.engine || this.ownEngine)) void this.loadStandalone();
    if (changed.has('lang') && this.ownEngine && this.engine && this.lang && this.lang !== this.engine.language) this.engine.setLanguage(this.lang);
    if (changed.has('cards') || changed.has('blockId') || changed.has('course') || changed.has('engine')) {
      const ids = cardIds(this.deck);
      const fromHash = typeof location === 'undefined' ? -1 : ids.indexOf(decodeURIComponent(location.hash.slice(1)));
      this.index = fromHash >= 0 ? fromHash : Math.min(this.index, Math.max(ids.length - 1, 0));
    }
  }

  /** Plays the course of `src` or `course` in the element's own session. */
  private async loadStandalone(): Promise<void> {
    this.loading = true;
    this.problem = null;
    const result = await this.own.open({ course: this.course, src: this.src, language: this.lang, trackers: this.trackers, engineClass: CkMicroCards.engineClass });
    if (!result) return;
    this.loading = false;
    if (!result.ok) {
      this.problem = this.strings.loadError(result.message);
      reportError(this, { code: result.code, message: result.message, source: 'ck-micro-cards' });
      return;
    }
    this.ownEngine = true;
    this.engine = result.engine;
  }

  private get sourceCourse(): ResolvedCourse | null {
    return this.engine?.course ?? this.course ?? null;
  }

  private get block(): CardsBlock | undefined {
    const course = this.sourceCourse;
    return course && this.blockId ? findCardsBlock(course, this.blockId) : undefined;
  }

  private get deck(): Card[] {
    return this.cards ?? this.block?.cards ?? [];
  }

  private get language(): string {
    return this.engine?.language ?? (this.lang || this.sourceCourse?.defaultLanguage || 'id');
  }

  private get strings(): MicroCardsStrings {
    return this.language.startsWith('en') ? microCardsStrings.en : microCardsStrings.id;
  }

  private text(value: LocalizedText | undefined): string {
    if (value === undefined) return '';
    return this.engine ? this.engine.text(value) : resolveText(value, this.language, this.sourceCourse?.defaultLanguage);
  }

  /** An asset path of the course, resolved against the course file when it came from `src`. */
  private asset(path: string): string {
    if (!this.src || /^[a-z]+:|^\//i.test(path)) return path;
    return new URL(path, new URL(this.src, document.baseURI)).href;
  }

  /** Moves to a card on the learner's action, announces it and tells the host. */
  private goTo(index: number): void {
    const total = this.deck.length;
    if (total === 0) return;
    const next = Math.min(Math.max(index, 0), total - 1);
    if (next === this.index) return;
    this.index = next;
    this.announcement = this.strings.cardOf(next + 1, total);
    this.dispatchEvent(new CkCardChangeEvent({ index: next, cardId: cardIds(this.deck)[next]!, total }));
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const keys: Record<string, number> = { ArrowLeft: this.index - 1, ArrowRight: this.index + 1, Home: 0, End: this.deck.length - 1 };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.goTo(target);
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.pointer = { id: event.pointerId, x: event.clientX, y: event.clientY };
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    this.dragX = event.clientX - this.pointer.x;
  };

  private onPointerUp = (event: PointerEvent): void => {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    const dx = event.clientX - this.pointer.x;
    const dy = event.clientY - this.pointer.y;
    this.pointer = null;
    this.dragX = 0;
    // A mostly vertical gesture is a page scroll, not a swipe.
    if (Math.abs(dx) < SWIPE_THRESHOLD || Math.abs(dx) < Math.abs(dy)) return;
    this.goTo(this.index + (dx < 0 ? 1 : -1));
  };

  private onPointerCancel = (): void => {
    this.pointer = null;
    this.dragX = 0;
  };

  private async onShare(): Promise<void> {
    const card = this.deck[this.index];
    if (!card) return;
    const id = cardIds(this.deck)[this.index]!;
    const url = `${location.href.split('#')[0]}#${encodeURIComponent(id)}`;
    const s = this.strings;
    const title = this.heading ?? this.text(this.block?.title);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text: plainText(this.text(card.front)), url });
        this.announcement = s.shared;
      } catch {
        // The learner closed the share sheet: nothing to say.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      this.announcement = s.copied;
    } catch {
      this.announcement = s.copyFailed(url);
    }
  }

  override render(): TemplateResult {
    const s = this.strings;
    if (this.problem) return html`<div class="base" part="base"><p class="problem" role="alert">${this.problem}</p></div>`;
    if (this.loading) return html`<div class="base" part="base"><p role="status">${s.loading}</p></div>`;
    if (!this.cards && this.blockId && this.sourceCourse && !this.block) {
      return html`<div class="base" part="base"><p class="problem" role="alert">${s.notFound(this.blockId)}</p></div>`;
    }
    const deck = this.deck;
    const ids = cardIds(deck);
    const title = this.heading ?? (this.block?.title ? this.text(this.block.title) : '');
    const total = deck.length;
    const dragging = this.dragX !== 0;
    return html`
      <section class="base" part="base" aria-roledescription=${s.carousel} aria-label=${title || s.carousel} lang=${this.language}>
        ${title ? html`<h2 class="title">${title}</h2>` : nothing}
        <div
          class="viewport"
          tabindex="0"
          aria-label=${s.cardOf(this.index + 1, total)}
          aria-describedby="hint"
          @keydown=${this.onKeyDown}
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerCancel}
        >
          <div
            class="track ${dragging ? 'dragging' : ''}"
            .style=${`transform:translateX(calc(${-this.index * 100}% + ${this.dragX}px))`}
          >
            ${deck.map(
              (card, i) => html`
                <article
                  class="card"
                  part="card"
                  id=${ids[i]!}
                  role="group"
                  aria-roledescription=${s.slide}
                  aria-label=${s.cardOf(i + 1, total)}
                  ?inert=${i !== this.index}
                  aria-hidden=${i !== this.index ? 'true' : 'false'}
                >
                  ${card.image ? html`<img class="image" src=${this.asset(card.image.src)} alt=${this.text(card.image.alt)} draggable="false" />` : nothing}
                  <div class="front prose">${renderMarkdown(this.text(card.front), { lang: this.language })}</div>
                  ${card.back ? html`<div class="back prose">${renderMarkdown(this.text(card.back), { lang: this.language })}</div>` : nothing}
                </article>
              `,
            )}
          </div>
        </div>
        <p id="hint" class="visually-hidden">${s.hint}</p>
        <div class="controls" part="controls">
          <button class="prev" aria-label=${s.previous} aria-disabled=${this.index === 0 ? 'true' : 'false'} @click=${() => this.goTo(this.index - 1)}>‹</button>
          <div class="dots">
            ${deck.map(
              (_, i) => html`<button
                class="dot"
                part="dot"
                aria-label=${s.goTo(i + 1)}
                aria-current=${i === this.index ? 'true' : 'false'}
                @click=${() => this.goTo(i)}
              ><span aria-hidden="true"></span></button>`,
            )}
          </div>
          <button class="next" aria-label=${s.next} aria-disabled=${this.index >= total - 1 ? 'true' : 'false'} @click=${() => this.goTo(this.index + 1)}>›</button>
        </div>
        <p class="counter" aria-hidden="true">${s.cardOf(this.index + 1, total)}</p>
        <button class="share" part="share" @click=${() => void this.onShare()}>${s.share}</button>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }
}
