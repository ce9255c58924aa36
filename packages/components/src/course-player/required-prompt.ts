// The prompt before leaving a page with an unfinished required activity, and the results page's
// list of what is unfinished: loaded the first time either is shown (see course-player.component.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import { loadedStrings } from '../i18n/lazy';
import { aidStrings } from '../translations/aids';
import { unfinished, type Unfinished } from './required';

/** What the prompt before leaving a page with unfinished required activities needs. */
export interface RequiredPromptContext {
  engine: CourseEngineApi;
  items: Unfinished[];
  /** Go to the first item and put focus on it. */
  doItNow: () => void;
  /** Leave the page anyway. */
  continueAnyway: () => void;
}

/**
 * Asks before forward navigation leaves a page whose required scenario or assessment is not
 * finished: a non-modal alert dialog whose first button takes the learner to the activity.
 *
 * @example
 * html`${renderRequiredPrompt({ engine, items, doItNow, continueAnyway })}`
 */
export function renderRequiredPrompt(ctx: RequiredPromptContext): TemplateResult {
  const s = loadedStrings(aidStrings, ctx.engine.language);
  return html`<div class="required-prompt" part="required-prompt" role="alertdialog" aria-labelledby="required-title" aria-describedby="required-text">
    <h2 id="required-title" tabindex="-1">${s.requiredTitle}</h2>
    <div id="required-text">
      ${ctx.items.map((item) => html`<p>${item.kind === 'scenario' ? s.requiredScenario(item.title) : s.requiredAssessment(item.title)}</p>`)}
    </div>
    <div class="required-actions">
      <button class="primary" data-action="do-it-now" @click=${ctx.doItNow}>${s.doItNow}</button>
      <button data-action="continue-anyway" @click=${ctx.continueAnyway}>${s.continueAnyway}</button>
    </div>
  </div>`;
}

/**
 * The results page's "Continue what is unfinished": a button per unfinished item that goes
 * straight to it. Nothing when everything is done.
 *
 * @example
 * html`${renderUnfinished(engine, (item) => player.goToItem(item))}`
 */
export function renderUnfinished(engine: CourseEngineApi, open: (item: Unfinished) => void): TemplateResult | typeof nothing {
  const items = unfinished(engine);
  if (!items.length) return nothing;
  const s = loadedStrings(aidStrings, engine.language);
  const label = (item: Unfinished) => (item.kind === 'scenario' ? s.unfinishedScenario(item.title) : item.kind === 'assessment' ? s.unfinishedAssessment(item.title) : s.unfinishedPage(item.title));
  return html`<section class="unfinished" part="unfinished" aria-labelledby="unfinished-title">
    <h2 id="unfinished-title">${s.unfinishedTitle}</h2>
    <ul>
      ${items.map((item) => html`<li><button class="primary" data-unfinished=${`${item.kind}:${item.id}`} @click=${() => open(item)}>${label(item)}</button></li>`)}
    </ul>
  </section>`;
}
