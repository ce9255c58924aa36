import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CourseEngineApi, LearningEvent, ScenarioView, Tracker } from '@coursekit/engine';
import type { Character, ChoiceNode, DialogueNode, EndingNode, NarrationNode, ResolvedCourse, Scenario, ScenarioNode } from '@coursekit/schema';
import { scenarioStyles } from './scenario.styles';
import { meterChanges, meterStates, pathRecap, type MeterState } from './scenario.model';
import { renderMeters } from './scenario.meters';
import { scenarioStrings, type ScenarioStrings } from '../translations/scenario';
import { renderMarkdown } from '../markdown/render';
import { CkChoiceEvent, CkScenarioEndEvent, CkScenarioStartEvent } from './scenario.events';
import { reportError } from '../events/error';
import type { ComponentErrorCode } from '../events/error-codes';
import { EngineController, engineReady, rulesArrived } from '../controllers/engine-controller';
import { moodSign, portrait, type Mood } from '../internal/portrait';
import type { EngineClass } from '@coursekit/session';
import { OwnSession } from '../internal/own-session';

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|hsl)a?\([\d\s.,%/+-]+\))$/i;

/**
 * @summary A branching scenario: narration, dialogue, choices with immediate consequences,
 * variable meters, one step back, endings with a debrief, a recap of the path taken and a map of
 * every decision and ending, and replay. Moods show on the speakers' portraits.
 *
 * Inside the player, give it the player's `engine` and a `scenario-id`. On any page, give it
 * `src` (the URL of a course JSON) or a `course` object and a `scenario-id`: it then runs its
 * own session (`@coursekit/session`, as the player does), which launches `trackers` if given,
 * resumes what they saved, hands them every event, saves and ends them when the page goes away.
 *
 * @event ck-scenario-start - A run began (the learner pressed start, or replay). detail: { scenarioId, run }
 * @event ck-choice - The learner took a choice. detail: { scenarioId, nodeId, choiceId, choiceText, variables }
 * @event ck-scenario-end - A run reached an ending. detail: { scenarioId, endingId, outcome, score, path, variables }
 * @event ck-error - The course could not be loaded or the scenario is missing. detail: { code, message }
 *
 * @csspart base - The scenario's frame.
 * @csspart meters - The list of variable meters.
 * @csspart meter - One meter.
 * @csspart node - The current node's content.
 * @csspart choice - Each choice button.
 * @csspart continue - The continue button.
 * @csspart ending - The ending panel.
 * @csspart replay - The replay button.
 * @csspart back - The button that steps back one step in the run.
 * @csspart intro-image - The scenario's opening illustration.
 * @csspart map - The scenario map shown after an ending: decisions, choices taken and not, endings reached.
 *
 * @cssproperty --ck-scenario-meter-color - Fill of the variable meters.
 * @cssproperty --ck-scenario-bubble-background - Background of dialogue bubbles.
 *
 * @example
 * <ck-scenario src="course.json" scenario-id="parcel" lang="id"></ck-scenario>
 */
export class CkScenario extends LitElement {
  static override styles = scenarioStyles;

  /** The engine class standalone elements create; default `LazyCourseEngine` from `@coursekit/engine/lazy` (its rules load on demand); `CourseEngine` has them from the start. */
  static engineClass: EngineClass | undefined;

  /** The engine to play in (the player's). Standalone, the element creates its own. */
  @property({ attribute: false }) engine?: CourseEngineApi;
  /** Id of the scenario in the course's `scenarios`. */
  @property({ attribute: 'scenario-id', reflect: true }) scenarioId = '';
  /** URL of a course JSON to play standalone. */
  @property() src?: string;
  /** A course object to play standalone. */
  @property({ attribute: false }) course?: ResolvedCourse;
  /** Trackers of the element's own session when it plays standalone (SCORM, xAPI, localStorage). Set before `src` or `course`. */
  @property({ attribute: false }) trackers: Tracker[] = [];
  /** Hide the replay button even when the scenario is replayable. */
  @property({ type: Boolean, attribute: 'no-replay' }) noReplay = false;

  /** UI language (`id`, `en`) when there is no engine; with an engine, the engine's language wins. */
  @property() override lang = '';

  @state() private view: ScenarioView | null = null;
  @state() private problem: string | null = null;
  @state() private loading = false;
  @state() private announcement = '';
  @state() private changes: MeterState[] = [];
  /** The scenario map's module, loaded at the first ending (it is not needed before). */
  @state() private mapModule: typeof import('./scenario-map') | null = null;

  private events = new EngineController(this, { update: 'language', onEvent: (e) => this.onLearningEvent(e), onReady: () => this.refresh() });
  private ownEngine = false;
  private own = new OwnSession(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.events.sync();
    if ((changed.has('src') || changed.has('course')) && (this.src || this.course) && (!this.engine || this.ownEngine)) {
      void this.loadStandalone();
    }
    if (changed.has('lang') && this.ownEngine && this.engine && this.lang && this.lang !== this.engine.language) {
      this.engine.setLanguage(this.lang);
    }
    if (changed.has('engine') || changed.has('scenarioId')) this.refresh();
  }

  /** Re-dispatches the engine's events for this scenario as DOM events. */
  private onLearningEvent(event: LearningEvent): void {
    if (!('scenarioId' in event) || event.scenarioId !== this.scenarioId) return;
    if (event.type === 'scenario-started') {
      this.dispatchEvent(new CkScenarioStartEvent({ scenarioId: event.scenarioId, run: event.run }));
    } else if (event.type === 'scenario-choice') {
      this.dispatchEvent(
        new CkChoiceEvent({
          scenarioId: event.scenarioId,
          nodeId: event.nodeId,
          choiceId: event.choiceId,
          choiceText: event.choiceText,
          variables: { ...event.variables },
        }),
      );
    } else if (event.type === 'scenario-ended') {
      this.dispatchEvent(
        new CkScenarioEndEvent({
          scenarioId: event.scenarioId,
          endingId: event.endingId,
          outcome: event.outcome,
          score: { ...event.score },
          path: [...event.path],
          variables: { ...event.variables },
        }),
      );
    }
  }

  private async loadStandalone(): Promise<void> {
    this.loading = true;
    this.problem = null;
    const result = await this.own.open({ course: this.course, src: this.src, language: this.lang, trackers: this.trackers, engineClass: CkScenario.engineClass });
    if (!result) return;
    this.loading = false;
    if (!result.ok) {
      this.fail(result.code, this.strings.loadError(result.message));
      return;
    }
    this.ownEngine = true;
    this.engine = result.engine;
  }

  private fail(code: ComponentErrorCode, message: string): void {
    this.problem = message;
    reportError(this, { code, message, source: 'ck-scenario' });
  }

  /** Reads the scenario's view without starting it: a scenario not yet started shows its intro. */
  private refresh(): void {
    const engine = this.engine;
    if (!engine || !this.scenarioId) {
      this.view = null;
      return;
    }
    if (!this.scenarioDef) {
      this.fail('scenario-not-found', this.strings.notFound(this.scenarioId));
      return;
    }
    this.problem = null;
    // A saved run shows once the engine's rules are in (the controller refreshes then); until then, the intro.
    this.view = engine.snapshot().scenarios[this.scenarioId] && engineReady(engine) ? engine.scenario(this.scenarioId) : null;
    if (this.view?.ending) this.loadMap();
  }

  private get language(): string {
    return this.engine?.language ?? (this.lang || 'id');
  }

  private get strings(): ScenarioStrings {
    return this.language.startsWith('en') ? scenarioStrings.en : scenarioStrings.id;
  }

  private get scenarioDef(): Scenario | undefined {
    return this.engine?.course.scenarios?.find((s) => s.id === this.scenarioId);
  }

  private text(value: Parameters<CourseEngineApi['text']>[0]): string {
    return this.engine ? this.engine.text(value) : '';
  }

  /** An asset path of the course, resolved against the course file when it came from `src`. */
  private asset(path: string): string {
    if (!this.src || /^[a-z]+:|^\//i.test(path)) return path;
    return new URL(path, new URL(this.src, document.baseURI)).href;
  }

  private renderImage(node: ScenarioNode): TemplateResult | typeof nothing {
    return node.image ? html`<img class="scene" src=${this.asset(node.image.src)} alt=${this.text(node.image.alt)} />` : nothing;
  }

  private character(id: string | undefined): Character | undefined {
    return id ? this.engine?.course.characters?.find((c) => c.id === id) : undefined;
  }

  private async act(run: (engine: CourseEngineApi) => ScenarioView | { ok: false; message: string }): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    await rulesArrived(engine);
    if (engine !== this.engine) return;
    const before = this.view;
    const result = run(engine);
    if ('ok' in result && result.ok === false) {
      console.warn(`[ck-scenario] ${result.message}`);
      this.refresh();
      return;
    }
    const view = result as ScenarioView;
    const scenario = this.scenarioDef;
    const changes = before && scenario ? meterChanges(scenario, before.variables, view.variables) : [];
    this.changes = changes;
    this.announcement = changes
      .map((c) => {
        const label = this.text(c.label);
        return c.delta > 0 ? this.strings.rose(label, c.delta, c.value) : this.strings.fell(label, -c.delta, c.value);
      })
      .join(' ');
    this.view = view;
    if (view.ending) this.loadMap();
    await this.updateComplete;
    // WCAG 2.4.3: after a choice the new content takes focus, so keyboard and screen-reader users land on it.
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  private onStart = (): void => void this.act((engine) => engine.scenario(this.scenarioId));
  private onContinue = (): void => void this.act((engine) => engine.advance(this.scenarioId));
  private onReplay = (): void => void this.act((engine) => engine.replay(this.scenarioId));
  private onBack = (): void =>
    void this.act((engine) => engine.back(this.scenarioId)).then(() => {
      this.announcement = [this.strings.steppedBack, this.announcement].filter(Boolean).join(' ');
    });

  private loadMap(): void {
    if (!this.mapModule) {
      import('./scenario-map').then(
        (m) => (this.mapModule = m),
        (error: unknown) => reportError(this, { code: 'part-fetch-failed', message: `the scenario map could not be fetched: ${(error as Error).message}`, source: 'ck-scenario' }),
      );
    }
  }

  /** Moves focus to the scenario's current control: its start button, or the content of the current step. */
  focusCurrent(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="start"], [data-focus]')?.focus();
  }
  private onChoose(choiceId: string): void {
    void this.act((engine) => engine.choose(this.scenarioId, choiceId));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Meter widths and speaker colours go in through the CSSOM, not a style attribute, so a page
    // with a strict Content-Security-Policy (no 'unsafe-inline' styles) shows them too.
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-width]')) el.style.width = `${el.dataset.width}%`;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-speaker-color]')) el.style.setProperty('--ck-scenario-speaker-color', el.dataset.speakerColor!);
  }

  override render(): TemplateResult {
    const s = this.strings;
    if (this.problem) return html`<div part="base" class="base"><p class="problem" role="alert">${this.problem}</p></div>`;
    if (this.loading || !this.engine) {
      return html`<div part="base" class="base"><p role="status">${this.loading ? s.loading : nothing}</p></div>`;
    }
    const scenario = this.scenarioDef;
    if (!scenario) return html`<div part="base" class="base"></div>`;
    const view = this.view;
    return html`
      <section part="base" class="base" aria-labelledby="title" lang=${this.language}>
        <h2 id="title" class="title">${this.text(scenario.title)}</h2>
        ${view ? renderMeters(meterStates(scenario, view.variables), this.changes, this.strings, (t) => this.text(t)) : nothing}
        ${view ? this.renderBody(view, scenario) : this.renderIntro(scenario)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderIntro(scenario: Scenario): TemplateResult {
    return html`
      <div class="intro">
        ${scenario.image
          ? html`<img class="scene intro-image" part="intro-image" src=${this.asset(scenario.image.src)} alt=${this.text(scenario.image.alt)} />`
          : nothing}
        ${scenario.description ? html`<div class="prose">${renderMarkdown(this.text(scenario.description), { lang: this.language })}</div>` : nothing}
        <button class="primary" part="start" @click=${this.onStart}>${this.strings.start}</button>
      </div>
    `;
  }

  private renderBody(view: ScenarioView, scenario: Scenario): TemplateResult {
    if (view.ending) return this.renderEnding(view, view.ending, scenario);
    if (view.feedback) return this.renderFeedback(view);
    const node = view.node;
    switch (node.type) {
      case 'narration':
        return this.renderNarration(node);
      case 'dialogue':
        return this.renderDialogue(node);
      case 'choice':
        return this.renderChoice(node, view);
      case 'ending':
        return this.renderEnding(view, node, scenario);
    }
  }

  private renderContinue(): TemplateResult {
    return html`<div class="actions"><button class="primary" part="continue" @click=${this.onContinue}>${this.strings.continue}</button>${this.renderBack()}</div>`;
  }

  private renderBack(): TemplateResult | typeof nothing {
    return this.view?.canGoBack ? html`<button class="back" part="back" @click=${this.onBack}>${this.strings.back}</button>` : nothing;
  }

  private renderNarration(node: NarrationNode): TemplateResult {
    return html`
      <div class="node narration" part="node" tabindex="-1" data-focus data-node=${node.id}>
        ${this.renderImage(node)}
        <div class="prose">${renderMarkdown(this.text(node.text), { lang: this.language })}</div>
      </div>
      ${this.renderContinue()}
    `;
  }

  private renderSpeaker(id: string, mood?: Mood): TemplateResult {
    const character = this.character(id);
    const name = character ? this.text(character.name) : id;
    const face = portrait(character, mood, (t) => this.text(t), (p) => this.asset(p), this.strings.mood, name);
    // Only a plain colour reaches CSS: an author's `url(…)` or `var(…)` here could fetch or leak.
    const color = character?.color && SAFE_COLOR.test(character.color.trim()) ? character.color.trim() : undefined;
    return html`
      <div class="speaker" data-speaker-color=${color ?? nothing}>
        <span class="portrait">
          ${face.src
            ? html`<img class="avatar" src=${face.src} alt=${face.alt} data-mood=${mood ?? 'neutral'} />`
            : html`<span class="avatar initials" aria-hidden="true">${name.slice(0, 1)}</span>${face.sign ? html`<span class="visually-hidden">${face.alt}</span>` : nothing}`}
          ${moodSign(face.sign)}
        </span>
        <span class="who">
          <span class="name">${name}</span>
          ${character?.role ? html`<span class="role">${this.text(character.role)}</span>` : nothing}
        </span>
      </div>
    `;
  }

  private renderDialogue(node: DialogueNode): TemplateResult {
    return html`
      <div class="node dialogue" part="node" tabindex="-1" data-focus data-node=${node.id}>
        ${this.renderImage(node)}
        <ul class="lines">
          ${node.lines.map(
            (line) => html`
              <li class="line">
                ${this.renderSpeaker(line.character, line.mood)}
                <p class="bubble">${this.text(line.text)}</p>
              </li>
            `,
          )}
        </ul>
      </div>
      ${this.renderContinue()}
    `;
  }

  private renderChoice(node: ChoiceNode, view: ScenarioView): TemplateResult {
    return html`
      <div class="node choice" part="node" tabindex="-1" data-focus data-node=${node.id} id="prompt">
        ${this.renderImage(node)}
        ${node.character ? this.renderSpeaker(node.character) : nothing}
        <div class="prose prompt">${renderMarkdown(this.text(node.prompt), { lang: this.language })}</div>
      </div>
      <ul class="choices" aria-labelledby="prompt">
        ${view.choices.map(
          (choice) => html`
            <li>
              <button part="choice" class="choice" data-choice=${choice.id} @click=${() => this.onChoose(choice.id)}>
                ${this.text(choice.text)}
              </button>
            </li>
          `,
        )}
      </ul>
      ${view.canGoBack ? html`<div class="actions">${this.renderBack()}</div>` : nothing}
    `;
  }

  private lastChoiceText(view: ScenarioView, scenario: Scenario): string {
    const last = pathRecap(scenario, view.path).at(-1);
    return last ? this.text(last.choice) : '';
  }

  private renderFeedback(view: ScenarioView): TemplateResult {
    const scenario = this.scenarioDef!;
    return html`
      <div class="node feedback" part="node" tabindex="-1" data-focus>
        <p class="chosen"><span class="label">${this.strings.youChose}:</span> ${this.lastChoiceText(view, scenario)}</p>
        <h3 class="consequence">${this.strings.consequence}</h3>
        <div class="prose">${renderMarkdown(this.text(view.feedback ?? ''), { lang: this.language })}</div>
      </div>
      ${this.renderContinue()}
    `;
  }

  private renderEnding(view: ScenarioView, ending: EndingNode, scenario: Scenario): TemplateResult {
    const s = this.strings;
    const recap = pathRecap(scenario, view.path);
    const replayable = scenario.replayable !== false && !this.noReplay;
    return html`
      <div class="ending ${ending.outcome}" part="ending" data-ending=${ending.id}>
        ${view.feedback
          ? html`<div class="prose last-feedback">${renderMarkdown(this.text(view.feedback), { lang: this.language })}</div>`
          : nothing}
        <p class="outcome">${s.ended} · <strong>${s.outcome[ending.outcome]}</strong></p>
        <h3 class="ending-title" tabindex="-1" data-focus>${this.text(ending.title)}</h3>
        ${this.renderImage(ending)}
        <p class="score">${s.scoreOf(ending.score, 100)}</p>
        <div class="prose">${renderMarkdown(this.text(ending.debrief), { lang: this.language })}</div>
        <h4>${s.pathRecap}</h4>
        <ol class="recap">
          ${recap.map(
            (step) => html`<li><span class="recap-prompt">${this.text(step.prompt)}</span> <strong class="recap-choice">${this.text(step.choice)}</strong></li>`,
          )}
        </ol>
        ${this.mapModule ? this.mapModule.renderScenarioMap({ scenario, path: view.path, reached: view.reached, text: (t) => this.text(t), strings: s }) : nothing}
        ${replayable ? html`<button class="primary" part="replay" @click=${this.onReplay}>${s.replay}</button>` : nothing}
      </div>
    `;
  }
}
