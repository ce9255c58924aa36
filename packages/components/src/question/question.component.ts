import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnswerResult, CourseEngineApi, Response } from '@coursekit/engine';
import { questionType } from '@coursekit/engine/course';
import type { AssetPath, Choice, LocalizedText, Question } from '@coursekit/schema';
import { questionStyles } from './question.styles';
import { draftFor, findQuestion, seededOrder, toResponse, type Draft, type DraftProblem } from './question.model';
import { questionStrings, type QuestionStrings } from '../translations/quiz';
import { renderMarkdown } from '../markdown/render';
import { CkAnswerEvent } from '../events/answer';
import { EngineController, engineReady, rulesArrived } from '../controllers/engine-controller';
import { QUESTION_ELEMENTS } from '../internal/question-elements';

/** What `<ck-question>` sets on the element of a question type with its own input. */
type OwnInput = HTMLElement & { question?: Question; selected: string[]; toggle: (id: string) => void; locked: boolean; asset: (path: AssetPath) => string };

/** When the learner sees feedback: as in an assessment's `feedback` setting. */
export type FeedbackMode = 'immediate' | 'after-submit' | 'never';

/**
 * @summary One question of any type in the course format, answered by keyboard, touch or mouse,
 * with feedback (correct, partly correct, incorrect, and per-choice) announced and focused.
 *
 * As a knowledge check: give it the `engine` and a `question-id`. Inside `<ck-quiz>` it also gets
 * an `assessment-id`, and its answers count in that assessment's attempt.
 *
 * @event ck-answer - The learner submitted an answer the engine accepted. detail: { questionId, response, correct, score }
 *
 * @csspart base - The question's frame.
 * @csspart prompt - The prompt.
 * @csspart option - Each choice, scale point or true/false option.
 * @csspart submit - The submit button.
 * @csspart feedback - The feedback panel.
 *
 * @cssproperty --ck-question-option-background - Background of a choice option.
 *
 * @example
 * <ck-question question-id="q-parcel"></ck-question>
 * <script type="module">document.querySelector('ck-question').engine = engine;</script>
 */
export class CkQuestion extends LitElement {
  static override styles = questionStyles;

  @property({ attribute: false }) engine?: CourseEngineApi;
  /** Id of the question in the course. */
  @property({ attribute: 'question-id', reflect: true }) questionId = '';
  /** Set inside an assessment: answers go to that assessment's current attempt. */
  @property({ attribute: 'assessment-id' }) assessmentId?: string;
  /** immediate (default): feedback on submit; after-submit and never: the answer is only saved. */
  @property() feedback: FeedbackMode = 'immediate';
  /** The question itself, when it should not be looked up in the course (an assessment's drawn question). */
  @property({ attribute: false }) question?: Question;
  /** A result to show as feedback without answering (an assessment's review after submit). */
  @property({ attribute: false }) result?: AnswerResult | null;
  /** Show the answer and its feedback read-only. */
  @property({ type: Boolean }) readonly = false;
  /** Resolves a course asset path (a picture a question type's element shows) to a URL: the player sets its own resolver. */
  @property({ attribute: false }) asset: (path: AssetPath) => string = (path) => path;

  /** UI language (`id`, `en`) when there is no engine; with an engine, the engine's language wins. */
  @property() override lang = '';

  @state() private draft: Draft | null = null;
  @state() private answered: AnswerResult | null = null;
  @state() private problem: string | null = null;
  @state() private announcement = '';

  private events = new EngineController(this, { update: 'language' });
  /** The elements of question types that bring their own input, by tag, kept across renders. */
  private ownInputs = new Map<string, OwnInput>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.events.sync();
    if (changed.has('engine') || changed.has('questionId') || changed.has('question') || changed.has('assessmentId')) {
      const q = this.resolved;
      this.draft = q ? draftFor(q, this.savedResponse(q)) : null;
      this.answered = null;
      this.problem = null;
    }
    if (changed.has('result') && this.result) this.answered = this.result;
  }

  private get resolved(): Question | undefined {
    if (this.question) return this.question;
    return this.engine && this.questionId ? findQuestion(this.engine.course, this.questionId) : undefined;
  }

  private savedResponse(q: Question): Response | undefined {
    const engine = this.engine;
    if (!engine) return undefined;
    if (this.assessmentId) return engineReady(engine) ? engine.assessment(this.assessmentId).responses[q.id] : undefined;
    return engine.responseTo(q.id);
  }

  private get strings(): QuestionStrings {
    return (this.engine?.language ?? (this.lang || 'id')).startsWith('en') ? questionStrings.en : questionStrings.id;
  }

  /** Author Markdown is rendered in the UI language (a link says it opens a new tab in that language). */
  private get markdownOptions(): { lang: string } {
    return { lang: this.engine?.language ?? (this.lang || 'id') };
  }

  private text(value: LocalizedText | undefined): string {
    if (value === undefined) return '';
    if (this.engine) return this.engine.text(value);
    return typeof value === 'string' ? value : (value[this.lang] ?? Object.values(value)[0] ?? '');
  }

  /** A score for people: at most two decimals, in the UI language's notation ("0,33" in Indonesian). */
  private number(value: number): string {
    return new Intl.NumberFormat(this.engine?.language ?? (this.lang || 'id'), { maximumFractionDigits: 2 }).format(value);
  }

  /** The learner's current response, or null while something required is missing. */
  get response(): Response | null {
    const q = this.resolved;
    if (!q || !this.draft) return null;
    const r = toResponse(q, this.draft);
    return r.ok ? r.response : null;
  }

  private problemText(p: DraftProblem): string {
    const s = this.strings;
    switch (p.kind) {
      case 'needChoice':
        return s.needChoice;
      case 'needChoices':
        return s.needChoices;
      case 'needText':
        return s.needText;
      case 'needMatches':
        return s.needMatches(p.missing);
      case 'tooShort':
        return s.tooShort(p.length, p.min);
    }
  }

  private get locked(): boolean {
    return this.readonly || (this.answered !== null && this.feedback === 'immediate');
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const q = this.resolved;
    const engine = this.engine;
    if (!q || !this.draft || !engine || this.locked) return;
    const built = toResponse(q, this.draft);
    if (!built.ok) {
      this.problem = this.problemText(built.problem);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.problem')?.focus();
      return;
    }
    this.problem = null;
    // The engine kept an answer given before its rules arrived, but could not score it: wait for them to show the feedback.
    await rulesArrived(engine);
    if (engine !== this.engine) return;
    const result = this.assessmentId ? engine.answerInAssessment(this.assessmentId, q.id, built.response) : engine.answer(q.id, built.response);
    if (!result.ok) {
      this.problem = result.message;
      return;
    }
    this.answered = result;
    this.dispatchEvent(
      new CkAnswerEvent({ questionId: q.id, response: built.response, correct: result.correct, score: result.score ? { ...result.score } : null }),
    );
    await this.updateComplete;
    // WCAG 2.4.3 / 4.1.3: the feedback takes focus, and sits in a live region as well.
    this.renderRoot.querySelector<HTMLElement>('[data-feedback]')?.focus();
  }

  private onTryAgain = async (): Promise<void> => {
    this.answered = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, select, textarea, .move')?.focus();
  };

  private edit(patch: Partial<Draft>): void {
    if (!this.draft || this.locked) return;
    this.draft = { ...this.draft, ...patch };
    this.problem = null;
  }

  override render(): TemplateResult {
    const q = this.resolved;
    if (!q) {
      return html`<div class="base" part="base">${this.questionId && this.engine ? html`<p class="problem" role="alert">${this.strings.notFound(this.questionId)}</p>` : nothing}</div>`;
    }
    const s = this.strings;
    const showSubmit = !this.locked;
    return html`
      <form class="base ${q.type}" part="base" @submit=${this.onSubmit} novalidate>
        <div class="prompt prose" id="prompt" part="prompt">${renderMarkdown(this.text(q.prompt), this.markdownOptions)}</div>
        ${this.renderInput(q)}
        ${this.problem ? html`<p class="problem" role="alert" tabindex="-1">${this.problem}</p>` : nothing}
        ${showSubmit
          ? html`<button class="primary" type="submit" part="submit">${this.feedback === 'immediate' || !this.assessmentId ? s.submit : s.save}</button>`
          : nothing}
        <div role="status" aria-live="polite" class="live">${this.renderFeedback(q)}</div>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </form>
    `;
  }

  private renderChoiceList(q: Question, name: string, options: Choice[], selected: (id: string) => boolean, pick: (id: string) => void, multi: boolean): TemplateResult {
    return html`
      <div class="options" role=${multi ? 'group' : 'radiogroup'} aria-labelledby="prompt">
        ${options.map(
          (c) => html`
            <label class="option" part="option">
              <input
                type=${multi ? 'checkbox' : 'radio'}
                name=${name}
                value=${c.id}
                .checked=${selected(c.id)}
                ?disabled=${this.locked}
                @change=${() => pick(c.id)}
              />
              <span>${this.text(c.text)}</span>
            </label>
          `,
        )}
      </div>
    `;
  }

  private renderInput(q: Question): TemplateResult {
    const d = this.draft!;
    const s = this.strings;
    switch (q.type) {
      case 'single-choice': {
        const options = q.shuffle ? seededOrder(q.choices, q.id) : q.choices;
        return this.renderChoiceList(q, 'choice', options, (id) => d.choice === id, (id) => this.edit({ choice: id }), false);
      }
      case 'likert':
        return html`<div class="likert">${this.renderChoiceList(q, 'scale', q.scale, (id) => d.choice === id, (id) => this.edit({ choice: id }), false)}</div>`;
      case 'multiple-response': {
        const options = q.shuffle ? seededOrder(q.choices, q.id) : q.choices;
        const toggle = (id: string): void =>
          this.edit({ choices: d.choices.includes(id) ? d.choices.filter((c) => c !== id) : [...d.choices, id] });
        return this.renderChoiceList(q, 'choices', options, (id) => d.choices.includes(id), toggle, true);
      }
      case 'true-false': {
        const options: Choice[] = [
          { id: 'true', text: s.true },
          { id: 'false', text: s.false },
        ];
        return this.renderChoiceList(q, 'tf', options, (id) => String(d.value) === id, (id) => this.edit({ value: id === 'true' }), false);
      }
      case 'fill-in':
        return html`
          <input
            class="text"
            type="text"
            aria-labelledby="prompt"
            autocomplete="off"
            .value=${d.text}
            ?readonly=${this.locked}
            @input=${(e: Event) => this.edit({ text: (e.target as HTMLInputElement).value })}
          />
        `;
      case 'reflection': {
        const length = [...d.text].length;
        return html`
          <textarea
            class="text"
            rows="5"
            aria-labelledby="prompt"
            aria-describedby="counter"
            placeholder=${this.text(q.placeholder)}
            maxlength=${q.maxLength ?? nothing}
            .value=${d.text}
            ?readonly=${this.locked}
            @input=${(e: Event) => this.edit({ text: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
          <p class="counter" id="counter">
            ${q.minLength ? html`${s.minimum(q.minLength)} ` : nothing}${s.counter(length, q.maxLength)}
          </p>
        `;
      }
      case 'matching': {
        const targets = seededOrder(q.pairs, `${q.id}:targets`, true);
        return html`
          <ul class="matches" aria-labelledby="prompt">
            ${q.pairs.map(
              (pair) => html`
                <li class="match">
                  <label for="match-${pair.id}">${this.text(pair.source)}</label>
                  <select
                    id="match-${pair.id}"
                    data-pair=${pair.id}
                    ?disabled=${this.locked}
                    @change=${(e: Event) => this.edit({ matches: { ...d.matches, [pair.id]: (e.target as HTMLSelectElement).value } })}
                  >
                    <option value="" ?selected=${!d.matches[pair.id]}>${s.choose}</option>
                    ${targets.map((t) => html`<option value=${t.id} ?selected=${d.matches[pair.id] === t.id}>${this.text(t.target)}</option>`)}
                  </select>
                </li>
              `,
            )}
          </ul>
        `;
      }
      case 'sequencing': {
        const items = d.order.map((id) => q.items.find((i) => i.id === id)!).filter(Boolean);
        return html`
          <ol class="sequence" aria-labelledby="prompt">
            ${items.map((item, index) => {
              const label = this.text(item.text);
              return html`
                <li class="item" data-item=${item.id}>
                  <span class="item-text">${label}</span>
                  <span class="moves">
                    <button type="button" class="move up" aria-label=${s.moveUp(label)} aria-disabled=${index === 0 || this.locked ? 'true' : 'false'} @click=${() => this.move(item.id, -1, label)}>↑</button>
                    <button type="button" class="move down" aria-label=${s.moveDown(label)} aria-disabled=${index === items.length - 1 || this.locked ? 'true' : 'false'} @click=${() => this.move(item.id, 1, label)}>↓</button>
                  </span>
                </li>
              `;
            })}
          </ol>
        `;
      }
      default:
        return this.renderOwnInput(q, d);
    }
  }

  /**
   * The input of a question type that brings its own element (internal/question-elements.ts): the
   * element gets the question, the ids of the options selected, a toggle callback and the language;
   * it is loaded the first time it is shown.
   */
  private renderOwnInput(q: Question, d: Draft): TemplateResult {
    const own = QUESTION_ELEMENTS[q.type];
    if (!own) return html``;
    void own.load();
    const tag = own.tag;
    let el = this.ownInputs.get(tag);
    if (!el) this.ownInputs.set(tag, (el = document.createElement(tag) as OwnInput));
    const answer = questionType(q).answer;
    const many = answer.kind === 'set';
    const lang = this.engine?.language ?? (this.lang || 'id');
    Object.assign(el, {
      question: q,
      selected: many ? d.choices : d.choice ? [d.choice] : [],
      toggle: (id: string): void => (many ? this.edit({ choices: d.choices.includes(id) ? d.choices.filter((c) => c !== id) : [...d.choices, id] }) : this.edit({ choice: id })),
      locked: this.locked,
      asset: this.asset,
    });
    el.lang = lang;
    el.setAttribute('fallback-lang', this.engine?.course.defaultLanguage ?? lang);
    return html`${el}`;
  }

  private async move(id: string, step: -1 | 1, label: string): Promise<void> {
    if (!this.draft || this.locked) return;
    const order = [...this.draft.order];
    const from = order.indexOf(id);
    const to = from + step;
    if (to < 0 || to >= order.length) {
      this.announcement = this.strings.atEdge(label);
      return;
    }
    order.splice(from, 1);
    order.splice(to, 0, id);
    this.edit({ order });
    this.announcement = this.strings.moved(label, to + 1, order.length);
    await this.updateComplete;
    // Keep focus on the moved item, on the same button while it can still move that way.
    const row = this.renderRoot.querySelector(`[data-item="${CSS.escape(id)}"]`);
    const atEdge = to === 0 || to === order.length - 1;
    const same = step < 0 ? '.up' : '.down';
    const other = step < 0 ? '.down' : '.up';
    row?.querySelector<HTMLElement>(atEdge ? other : same)?.focus();
  }

  private chosenFeedback(q: Question): Array<{ choice: string; feedback: string }> {
    const d = this.draft;
    const answer = questionType(q).answer;
    if (!d || (answer.kind !== 'one' && answer.kind !== 'set')) return [];
    const chosen = answer.kind === 'set' ? d.choices : d.choice ? [d.choice] : [];
    return answer.options(q).filter((c) => chosen.includes(c.id) && c.feedback).map((c) => ({ choice: this.text(c.text), feedback: this.text(c.feedback) }));
  }

  private renderFeedback(q: Question): TemplateResult | typeof nothing {
    const r = this.answered;
    if (!r) return nothing;
    const s = this.strings;
    if (this.feedback !== 'immediate' && !this.readonly) {
      return html`<div class="feedback saved" part="feedback" tabindex="-1" data-feedback><p>${s.saved}</p></div>`;
    }
    const verdict = r.correct === null ? 'recorded' : r.correct ? 'correct' : r.score && r.score.scaled > 0 ? 'partial' : 'incorrect';
    const showDetail = this.feedback === 'immediate' || this.readonly;
    // The engine's feedback is the chosen option's own when it has one (shown per choice below),
    // so the general line is the question's feedback for the verdict, as the engine documents it.
    const own = q.feedback && verdict !== 'recorded' ? (verdict === 'partial' ? (q.feedback.partial ?? q.feedback.incorrect) : q.feedback[verdict]) : undefined;
    const perChoice = this.chosenFeedback(q);
    const engineOwn = r.feedback && !perChoice.some((f) => f.feedback === this.text(r.feedback!)) ? r.feedback : undefined;
    const general = own ?? engineOwn;
    return html`
      <div class="feedback ${verdict}" part="feedback" tabindex="-1" data-feedback data-verdict=${verdict}>
        <p class="verdict"><strong>${s[verdict]}</strong>${r.score ? html` <span class="score">${s.scoreOf(this.number(r.score.raw), this.number(r.score.max))}</span>` : nothing}</p>
        ${showDetail && general ? html`<div class="prose general">${renderMarkdown(this.text(general), this.markdownOptions)}</div>` : nothing}
        ${showDetail
          ? perChoice.map(
              (f) => html`<div class="per-choice"><p class="choice-name">${s.yourChoice}: ${f.choice}</p><div class="prose">${renderMarkdown(f.feedback, this.markdownOptions)}</div></div>`,
            )
          : nothing}
        ${!this.assessmentId && !this.readonly && r.correct === false
          ? html`<button type="button" class="again" @click=${this.onTryAgain}>${s.tryAgain}</button>`
          : nothing}
      </div>
    `;
  }
}
