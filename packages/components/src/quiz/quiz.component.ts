import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { AnswerResult, AssessmentView, CourseEngineApi, Score } from '@coursekit/engine';
import type { Assessment, AssetPath } from '@coursekit/schema';
import { quizStyles } from './quiz.styles';
import { quizStrings, type QuizStrings } from '../translations/quiz';
import { renderMarkdown } from '../markdown/render';
import { CkQuizSubmitEvent } from './quiz.events';
import type { CkAnswerEvent } from '../events/answer';
import '../question/question';
import { EngineController, engineReady, rulesArrived } from '../controllers/engine-controller';

type Phase = 'intro' | 'question' | 'result';

/**
 * @summary An assessment: an intro with the numbers, one question at a time with progress,
 * feedback as the assessment's `feedback` setting says, a result with the score against the
 * passing score and the attempts left, and a retry while attempts remain.
 *
 * @event ck-quiz-submit - The learner submitted an attempt. detail: { assessmentId, score, passed, attempt }
 *
 * @csspart base - The quiz's frame.
 * @csspart progress - The progress bar.
 * @csspart result - The result panel.
 * @csspart retry - The retry button.
 *
 * @cssproperty --ck-quiz-progress-color - Fill of the progress bar.
 *
 * @example
 * <ck-quiz assessment-id="final"></ck-quiz>
 * <script type="module">document.querySelector('ck-quiz').engine = engine;</script>
 */
export class CkQuiz extends LitElement {
  static override styles = quizStyles;

  @property({ attribute: false }) engine?: CourseEngineApi;
  /** Id of the assessment in the course's `assessments`. */
  @property({ attribute: 'assessment-id', reflect: true }) assessmentId = '';
  /** Resolves a course asset path (a picture a question type's element shows) to a URL: the player sets its own resolver. */
  @property({ attribute: false }) asset: (path: AssetPath) => string = (path) => path;

  /** UI language (`id`, `en`) when there is no engine; with an engine, the engine's language wins. */
  @property() override lang = '';

  @state() private phase: Phase = 'intro';
  @state() private index = 0;
  @state() private view: AssessmentView | null = null;
  @state() private message: string | null = null;
  /** Results of this attempt's answers, by question id, for the review after submit. */
  @state() private results: Record<string, AnswerResult> = {};
  @state() private last: { score: Score; passed: boolean; attemptsLeft: number | null } | null = null;

  private events = new EngineController(this, { update: 'language', onReady: () => this.restore() });

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.events.sync();
    if (changed.has('engine') || changed.has('assessmentId')) this.restore();
  }

  /** Picks up where the learner is: an attempt in progress, a submitted one, or none yet. */
  private restore(): void {
    const engine = this.engine;
    this.results = {};
    this.message = null;
    if (!engine || !this.definition) {
      this.view = null;
      this.phase = 'intro';
      return;
    }
    const saved = engine.snapshot().assessments[this.assessmentId];
    // An attempt in progress shows once the engine's rules are in (the controller restores then).
    if (!saved || !engineReady(engine)) {
      this.view = null;
      this.phase = 'intro';
      return;
    }
    this.view = engine.assessment(this.assessmentId);
    if (this.view.submitted && this.view.result) {
      this.last = { ...this.view.result, attemptsLeft: this.view.attemptsLeft };
      this.phase = 'result';
    } else {
      const firstOpen = this.view.questions.findIndex((q) => !this.view!.responses[q.id]);
      this.index = firstOpen < 0 ? 0 : firstOpen;
      this.phase = 'question';
    }
  }

  private get definition(): Assessment | undefined {
    return this.engine?.course.assessments?.find((a) => a.id === this.assessmentId);
  }

  private get strings(): QuizStrings {
    return (this.engine?.language ?? (this.lang || 'id')).startsWith('en') ? quizStrings.en : quizStrings.id;
  }

  private get mode(): 'immediate' | 'after-submit' | 'never' {
    return this.definition?.feedback ?? 'after-submit';
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onStart = async (): Promise<void> => {
    const engine = this.engine;
    if (!engine) return;
    await rulesArrived(engine);
    if (engine !== this.engine) return;
    this.view = engine.assessment(this.assessmentId);
    this.index = 0;
    this.results = {};
    this.phase = 'question';
    void this.focusOn('[data-progress]');
  };

  private onAnswer = (event: CkAnswerEvent): void => {
    if (!this.engine) return;
    const { questionId, correct, score } = event.detail;
    this.results = { ...this.results, [questionId]: { ok: true, correct, score, feedback: null } };
    this.view = this.engine.assessment(this.assessmentId);
    this.message = null;
  };

  private go(step: -1 | 1): void {
    const count = this.view?.questions.length ?? 0;
    this.index = Math.min(Math.max(this.index + step, 0), count - 1);
    this.message = null;
    void this.focusOn('[data-progress]');
  }

  private onSubmitAll = (): void => {
    const engine = this.engine;
    const view = this.view;
    if (!engine || !view) return;
    const open = view.questions.filter((q) => !view.responses[q.id]).length;
    if (open > 0) {
      this.message = this.strings.unanswered(open);
      void this.focusOn('.message');
      return;
    }
    const result = engine.submitAssessment(this.assessmentId);
    if (!result.ok) {
      this.message = result.message;
      return;
    }
    this.view = engine.assessment(this.assessmentId);
    this.last = { score: result.score, passed: result.passed, attemptsLeft: result.attemptsLeft };
    this.phase = 'result';
    this.dispatchEvent(
      new CkQuizSubmitEvent({ assessmentId: this.assessmentId, score: { ...result.score }, passed: result.passed, attempt: this.view.attempt }),
    );
    void this.focusOn('[data-result]');
  };

  private onRetry = (): void => {
    const engine = this.engine;
    if (!engine) return;
    const view = engine.retryAssessment(this.assessmentId);
    if ('ok' in view && view.ok === false) {
      this.message = view.message;
      return;
    }
    this.view = view as AssessmentView;
    this.results = {};
    this.index = 0;
    this.phase = 'question';
    void this.focusOn('[data-progress]');
  };

  override render(): TemplateResult {
    const a = this.definition;
    const engine = this.engine;
    if (!engine) return html`<div class="base" part="base"></div>`;
    if (!a) return html`<div class="base" part="base"><p class="problem" role="alert">${this.strings.notFound(this.assessmentId)}</p></div>`;
    return html`
      <section class="base" part="base" aria-labelledby="title" lang=${engine.language}>
        <h2 id="title" class="title">${engine.text(a.title)}</h2>
        ${this.phase === 'intro' ? this.renderIntro(a) : this.phase === 'question' ? this.renderQuestion() : this.renderResult()}
      </section>
    `;
  }

  private renderFacts(a: Assessment): TemplateResult {
    const s = this.strings;
    const count = this.view?.questions.length ?? (a.questions?.length ?? 0) + (a.draw ?? []).reduce((n, d) => n + d.count, 0);
    const passing = this.view?.passingScore ?? a.passingScore;
    const total = a.attempts ? a.attempts : null;
    const left = this.view ? this.view.attemptsLeft : total;
    return html`
      <ul class="facts">
        <li>${s.questionsCount(count)}</li>
        <li>${s.passingScore(passing)}</li>
        <li>${left === null ? s.attemptsUnlimited : s.attemptsLeft(left)}</li>
      </ul>
    `;
  }

  private renderIntro(a: Assessment): TemplateResult {
    return html`
      ${a.description ? html`<div class="prose">${renderMarkdown(this.engine!.text(a.description), { lang: this.engine!.language })}</div>` : nothing}
      ${this.renderFacts(a)}
      <button class="primary" @click=${this.onStart}>${this.strings.start}</button>
    `;
  }

  private renderQuestion(): TemplateResult {
    const s = this.strings;
    const view = this.view!;
    const count = view.questions.length;
    const q = view.questions[this.index];
    if (!q) return html``;
    const last = this.index === count - 1;
    const total = this.definition?.attempts ? this.definition.attempts : null;
    return html`
      <p class="attempt">${s.attemptOf(view.attempt, total)}</p>
      <p class="progress-label" id="progress-label" tabindex="-1" data-progress>${s.progress(this.index + 1, count)}</p>
      <progress part="progress" max=${count} .value=${this.index + 1} aria-labelledby="progress-label"></progress>
      ${keyed(
        `${view.attempt}:${q.id}`,
        html`<ck-question
          .engine=${this.engine}
          .question=${q}
          .asset=${this.asset}
          question-id=${q.id}
          assessment-id=${this.assessmentId}
          feedback=${this.mode}
          @ck-answer=${this.onAnswer}
        ></ck-question>`,
      )}
      ${this.message ? html`<p class="message problem" role="alert" tabindex="-1">${this.message}</p>` : nothing}
      <div class="nav">
        ${this.index > 0 ? html`<button class="prev" @click=${() => this.go(-1)}>${s.previous}</button>` : nothing}
        ${last
          ? html`<button class="primary submit-all" @click=${this.onSubmitAll}>${s.submitAll}</button>`
          : html`<button class="primary next" @click=${() => this.go(1)}>${s.next}</button>`}
      </div>
    `;
  }

  private renderResult(): TemplateResult {
    const s = this.strings;
    const last = this.last;
    const view = this.view;
    if (!last || !view) return html``;
    const percent = Math.round(last.score.scaled * 100);
    const canRetry = !last.passed && (last.attemptsLeft === null || last.attemptsLeft > 0);
    return html`
      <div class="result ${last.passed ? 'passed' : 'failed'}" part="result">
        <h3 class="result-title" tabindex="-1" data-result>${s.result}: ${last.passed ? s.passed : s.failed}</h3>
        <p class="numbers">${s.yourScore(percent, view.passingScore)}</p>
        <p class="attempts">
          ${last.attemptsLeft === null ? s.attemptsUnlimited : last.attemptsLeft === 0 && !last.passed ? s.noAttemptsLeft : s.attemptsLeft(last.attemptsLeft)}
        </p>
        ${this.message ? html`<p class="message problem" role="alert" tabindex="-1">${this.message}</p>` : nothing}
        ${canRetry ? html`<button class="primary" part="retry" @click=${this.onRetry}>${s.retry}</button>` : nothing}
        ${this.renderReview(view)}
      </div>
    `;
  }

  private renderReview(view: AssessmentView): TemplateResult | typeof nothing {
    if (this.mode === 'never') return html`<p class="note">${this.strings.feedbackNever}</p>`;
    const reviewed = view.questions.filter((q) => this.results[q.id]);
    if (this.mode !== 'after-submit' || reviewed.length === 0) return nothing;
    return html`
      <h4>${this.strings.review}</h4>
      <ol class="review">
        ${reviewed.map(
          (q) => html`<li>
            <ck-question .engine=${this.engine} .question=${q} .asset=${this.asset} question-id=${q.id} assessment-id=${this.assessmentId} readonly .result=${this.results[q.id]}></ck-question>
          </li>`,
        )}
      </ol>
    `;
  }
}
