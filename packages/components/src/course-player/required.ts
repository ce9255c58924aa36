import { html, nothing, type TemplateResult } from 'lit';
import type { CourseEngineApi } from '@coursekit/engine';
import { stringsFor } from '../i18n/msg';
import { aidStrings } from '../translations/aids';

/** Something the course requires that the learner has not done, and the page it is on. */
export interface Unfinished {
  kind: 'scenario' | 'assessment' | 'page';
  id: string;
  pageId: string;
  title: string;
}

/**
 * The required activities of one page (or, without `pageId`, of the whole course) the learner has
 * not finished: scenarios the completion rules name that have reached no ending, and assessments
 * they name that were never submitted. With no `pageId`, pages not viewed yet follow, when the
 * course is not completed.
 *
 * @example
 * unfinished(engine, 'parsel-lebaran'); // [{ kind: 'scenario', id: 'parcel-lebaran', pageId: 'parsel-lebaran', title: 'Parsel Lebaran' }]
 */
export function unfinished(engine: CourseEngineApi, pageId?: string): Unfinished[] {
  const course = engine.course;
  const snap = engine.snapshot();
  const scenarios = new Set(course.completion?.scenarios ?? []);
  const assessments = new Set(course.completion?.assessments ?? []);
  const out: Unfinished[] = [];
  for (const ref of engine.pages) {
    if (pageId !== undefined && ref.pageId !== pageId) continue;
    for (const block of ref.page.blocks) {
      if (block.type === 'scenario' && scenarios.has(block.scenario) && snap.scenarios[block.scenario]?.best == null) {
        const def = course.scenarios?.find((s) => s.id === block.scenario);
        out.push({ kind: 'scenario', id: block.scenario, pageId: ref.pageId, title: def ? engine.text(def.title) : block.scenario });
      } else if (block.type === 'assessment' && assessments.has(block.assessment) && snap.assessments[block.assessment]?.best == null) {
        const def = course.assessments?.find((a) => a.id === block.assessment);
        out.push({ kind: 'assessment', id: block.assessment, pageId: ref.pageId, title: def ? engine.text(def.title) : block.assessment });
      }
    }
  }
  if (pageId === undefined && engine.completionStatus !== 'completed') {
    const viewed = new Set(snap.viewed);
    for (const ref of engine.pages) if (!viewed.has(ref.pageId)) out.push({ kind: 'page', id: ref.pageId, pageId: ref.pageId, title: engine.text(ref.page.title) });
  }
  return out;
}

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
  const s = stringsFor(aidStrings, ctx.engine.language);
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
  const s = stringsFor(aidStrings, engine.language);
  const label = (item: Unfinished) => (item.kind === 'scenario' ? s.unfinishedScenario(item.title) : item.kind === 'assessment' ? s.unfinishedAssessment(item.title) : s.unfinishedPage(item.title));
  return html`<section class="unfinished" part="unfinished" aria-labelledby="unfinished-title">
    <h2 id="unfinished-title">${s.unfinishedTitle}</h2>
    <ul>
      ${items.map((item) => html`<li><button class="primary" data-unfinished=${`${item.kind}:${item.id}`} @click=${() => open(item)}>${label(item)}</button></li>`)}
    </ul>
  </section>`;
}
